/**
 * What every module shares: time, languages, the application shell and the infrastructure that
 * makes the application run (embedded database, scheduling, event recovery).
 */
@NullMarked
package org.pilotbridge.shared;

import org.jspecify.annotations.NullMarked;
