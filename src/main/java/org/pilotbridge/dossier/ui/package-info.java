/**
 * What the procurement file adds to other modules' views: its download on the challenge's
 * manage page.
 */
@NullMarked
package org.pilotbridge.dossier.ui;

import org.jspecify.annotations.NullMarked;
