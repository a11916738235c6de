/**
 * The catalogue on the public site: the solutions catalogue with its search and the page
 * of each solution, server-rendered (see
 * {@link org.pilotbridge.shared.web.PublicController}).
 */
@NullMarked
package org.pilotbridge.catalogue.web;

import org.jspecify.annotations.NullMarked;
