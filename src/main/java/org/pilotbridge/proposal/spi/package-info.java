/**
 * What other modules provide to the proposal module: who, besides the agency's challenge
 * managers, may read the proposals of a closed challenge
 * ({@link org.pilotbridge.proposal.spi.ProposalReaders}), and the letter telling a bidder
 * its outcome ({@link org.pilotbridge.proposal.spi.OutcomeLetters}), so that the proposal
 * module depends on neither. Modules that implement them declare
 * {@code allowedDependencies = "proposal :: spi"}.
 */
@NamedInterface("spi")
@NullMarked
package org.pilotbridge.proposal.spi;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
