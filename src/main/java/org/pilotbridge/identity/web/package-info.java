/**
 * What the identity module gives the public site: the account menu of a signed-in person,
 * and the way from a public page through sign-in back to it.
 */
@NullMarked
package org.pilotbridge.identity.web;

import org.jspecify.annotations.NullMarked;
