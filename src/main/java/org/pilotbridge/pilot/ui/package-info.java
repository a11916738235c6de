/**
 * The views of pilots and results: the public Results section and results pages, the managers'
 * pilot screen, the winning company's account and the list of a person's pilots.
 */
@NullMarked
package org.pilotbridge.pilot.ui;

import org.jspecify.annotations.NullMarked;
