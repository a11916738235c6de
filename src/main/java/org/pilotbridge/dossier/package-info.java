/**
 * The procurement file: for a challenge whose proposals are opened, its managers download
 * one ZIP with everything that happened to it (the challenge and its amendments, the
 * questions and answers, every proposal version received with its receipt, the
 * evaluation's records and documents, and the challenge's audit entries with their links
 * into the chain), and an index PDF/A listing it all. It reads the other modules through
 * their APIs only, and offers its link on the challenge's manage page through
 * {@link org.pilotbridge.challenge.ChallengeContribution}.
 *
 * @see "Design decision: docs/decisions/DD030-20261207-procurement-file.md"
 */
@ApplicationModule(displayName = "Procurement file",
		allowedDependencies = { "audit", "identity", "challenge", "proposal", "evaluation", "document" })
@NullMarked
package org.pilotbridge.dossier;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
