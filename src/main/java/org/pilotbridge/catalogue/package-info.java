/**
 * The solutions catalogue: companies describe what they offer, a platform administrator
 * screens each profile before the public sees it, and agencies find solutions and are
 * told which ones match their challenges. The module listens to {@code challenge}'s
 * publications to tell the companies whose solutions match. Market consultations, once
 * part of it, are the {@code consultation} module's.
 */
@ApplicationModule(displayName = "Solutions catalogue",
		allowedDependencies = { "audit", "identity", "document", "challenge", "challenge :: navigation", "shared :: ui",
				"shared :: web" })
@NullMarked
package org.pilotbridge.catalogue;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
