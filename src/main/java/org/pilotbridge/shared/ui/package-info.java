/**
 * The application shell and the building blocks every module's views use: the layout and
 * its header contributions, notifications, field errors and the error summary at the top
 * of a form, date pickers and times in the reader's language.
 */
@NamedInterface("ui")
@NullMarked
package org.pilotbridge.shared.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
