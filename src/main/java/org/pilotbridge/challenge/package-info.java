/**
 * Challenges: an agency describes a problem with a budget cap, criteria and deadlines,
 * publishes it, amends it in public, answers clarification questions, and the challenge
 * closes at its deadline. Anyone can find and read public challenges; companies follow
 * them and save searches. The {@code proposal} module takes part through
 * {@link org.pilotbridge.challenge.ChallengeSubmissions}, the {@code evaluation} module
 * through the transitions of {@link org.pilotbridge.challenge.ChallengeManagement}.
 *
 * @see "Design decision: docs/decisions/DD005-20261125-challenge-deadline-serialization.md"
 */
@ApplicationModule(displayName = "Challenges",
		allowedDependencies = { "audit", "identity", "document", "shared :: ui", "shared :: web" })
@NullMarked
package org.pilotbridge.challenge;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
