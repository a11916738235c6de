/**
 * The solutions catalogue and market consultations: companies describe what they offer, a platform
 * administrator screens each profile before the public sees it, agencies find solutions and are
 * told which ones match their challenges, and before writing a challenge an agency can ask the
 * market in a consultation. The module listens to {@code challenge}'s publications to tell the
 * companies whose solutions match; it turns a consultation into a draft challenge through
 * {@link org.pilotbridge.challenge.ChallengeManagement}.
 */
@ApplicationModule(displayName = "Solutions catalogue",
		allowedDependencies = { "audit", "identity", "document", "challenge", "challenge :: navigation", "shared :: ui", "shared :: web" })
@NullMarked
package org.pilotbridge.catalogue;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
