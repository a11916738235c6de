/**
 * Evaluation and award: the challenge's managers compose a panel (evaluators invited by
 * e-mail, one chair); after the close each member declares, per bidding company, whether
 * they have a conflict of interest (a conflict recuses them from that proposal);
 * evaluators score every proposal they are not recused from, independently, with a
 * justification per score; the chair records the consensus, which gives the ranking, and
 * proposes the award or no award. After the standstill period the challenge is awarded or
 * not, every bidder has a letter with its own feedback, and the agency an evaluation
 * report. Every step is a domain event in the audit trail.
 * <p>
 * The module admits panel members to the proposals they are not recused from through
 * {@link org.pilotbridge.proposal.spi.ProposalReaders}. It offers the published facts of
 * an award to the modules downstream through its named interface {@code awards}
 * ({@link org.pilotbridge.evaluation.awards.AwardDetails}), which the open-data module
 * reads.
 *
 * @see "Design decision: docs/decisions/DD028-20261207-module-contracts.md"
 */
@ApplicationModule(displayName = "Evaluation",
		allowedDependencies = { "audit", "identity", "challenge", "proposal", "proposal :: spi", "document",
				"shared :: ui" })
@NullMarked
package org.pilotbridge.evaluation;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
