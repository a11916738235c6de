/**
 * Pilots and their results: every proposal the evaluation awards becomes a pilot once the
 * award is final. The challenge's managers plan and run it (dates, milestones, start),
 * complete or stop it, record what came of it (outcome, lessons learned, decision) and
 * may publish the results; the winning company adds its own account. The public reads
 * published results and platform statistics in the Results section.
 * <p>
 * The module learns of final awards from
 * {@link org.pilotbridge.challenge.ChallengeAwarded} and asks
 * {@link org.pilotbridge.proposal.AwardedProposals} which proposals won; the statistics
 * combine its own pilots with
 * {@link org.pilotbridge.challenge.ChallengeDirectory#published()}.
 *
 * @see "Design decision: docs/decisions/DD009-20261205-pilots-and-results.md"
 */
@ApplicationModule(displayName = "Pilots and results",
		allowedDependencies = { "audit", "identity", "challenge", "challenge :: navigation", "proposal", "shared :: ui",
				"shared :: web" })
@NullMarked
package org.pilotbridge.pilot;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
