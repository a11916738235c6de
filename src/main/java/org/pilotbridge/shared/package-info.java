/**
 * What every module shares: time, languages, the application shell and the infrastructure
 * that makes the application run (embedded database, scheduling, event recovery).
 * Declared a shared module ({@code @Modulithic(sharedModules = "shared")}): every module
 * may use its root package, and its named interfaces {@code ui} and {@code web} when it
 * declares them; it depends on no module.
 */
@ApplicationModule(displayName = "Shared", allowedDependencies = {})
@NullMarked
package org.pilotbridge.shared;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
