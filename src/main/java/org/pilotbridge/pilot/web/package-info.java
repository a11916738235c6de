/**
 * The pilots on the public site: the Results section with the platform's figures and the
 * results page of every pilot whose results are published, server-rendered (see
 * {@link org.pilotbridge.shared.web.PublicController}).
 */
@NullMarked
package org.pilotbridge.pilot.web;

import org.jspecify.annotations.NullMarked;
