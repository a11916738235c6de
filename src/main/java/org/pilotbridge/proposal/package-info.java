/**
 * Proposals: a company answers a published challenge with a light-touch proposal, saved
 * as a draft while its members type, submitted as immutable versions with a time of
 * receipt, a digest and a PDF receipt, and withdrawn or changed until the deadline.
 * Proposals stay sealed until the challenge closes: before that nobody but the company's
 * own members reads them; afterwards the agency's challenge managers and whoever a
 * {@link org.pilotbridge.proposal.spi.ProposalReaders} bean admits (the evaluation panel)
 * read them, and every such read is in the audit trail.
 *
 * @see "Design decision: docs/decisions/DD006-20261125-proposal-sealing-and-receipts.md"
 */
@ApplicationModule(displayName = "Proposals",
		allowedDependencies = { "audit", "identity", "challenge", "challenge :: navigation", "document",
				"shared :: ui" })
@NullMarked
package org.pilotbridge.proposal;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
