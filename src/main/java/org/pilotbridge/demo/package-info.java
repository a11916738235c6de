/**
 * Demo data for the embedded database: agencies, companies and people of every role,
 * seeded on first start through the application services, so that every rule applies to
 * them as to real users. Nothing here runs against an external database. It calls the
 * public API of every module it seeds; no module depends on it.
 */
@ApplicationModule(displayName = "Demo data",
		allowedDependencies = { "identity", "challenge", "catalogue", "consultation", "proposal", "evaluation", "pilot",
				"document" })
@NullMarked
package org.pilotbridge.demo;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
