/**
 * The workspace's views of pilots: the managers' pilot screen, the winning company's
 * account and the list of a person's pilots. The public Results section and results pages
 * are in {@code pilot.web}.
 */
@NullMarked
package org.pilotbridge.pilot.ui;

import org.jspecify.annotations.NullMarked;
