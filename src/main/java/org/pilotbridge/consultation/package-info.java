/**
 * Market consultations: before writing a challenge, the challenge managers of an agency
 * ask the market a few questions; the members of companies answer until the close; after
 * it the public sees how many answered and the answers their companies agreed to publish,
 * and the managers read every answer and may turn the consultation into a draft challenge
 * through {@link org.pilotbridge.challenge.ChallengeManagement}. The module owns the
 * tables {@code consultation}, {@code consultation_answer} and
 * {@code consultation_reference_counter}, which the catalogue's changeset
 * {@code catalogue-001-consultation} created before the module was split out.
 *
 * @see "Design decision: docs/decisions/DD029-20261207-consultations-module.md"
 */
@ApplicationModule(displayName = "Market consultations",
		allowedDependencies = { "audit", "identity", "challenge", "shared :: ui", "shared :: web" })
@NullMarked
package org.pilotbridge.consultation;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
