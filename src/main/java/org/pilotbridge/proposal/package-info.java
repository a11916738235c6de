/**
 * Proposals: a company answers a published challenge with a light-touch proposal, saved as a draft
 * while its members type, submitted as immutable versions with a time of receipt and a digest,
 * and withdrawn or changed until the deadline. Nobody but the company's own members reads them.
 *
 * @see "Design decision: docs/decisions/DD006-20261125-proposal-sealing-and-receipts.md"
 */
@ApplicationModule(displayName = "Proposals",
		allowedDependencies = { "audit", "identity", "challenge", "document" })
@NullMarked
package org.pilotbridge.proposal;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
