/**
 * The challenges on the public site: the list with its search and the page of each
 * challenge, server-rendered (see {@link org.pilotbridge.shared.web.PublicController}).
 */
@NullMarked
package org.pilotbridge.challenge.web;

import org.jspecify.annotations.NullMarked;
