package org.pilotbridge.proposal.spi;

import java.util.Optional;

import org.pilotbridge.proposal.ProposalId;
import org.pilotbridge.shared.Language;

/**
 * The letter that tells a bidder what became of its proposal, from the module that
 * decides (the evaluation). Implement it as a bean; the proposal module asks every such
 * bean. It checks no rights: the proposal module hands a letter out only to the members
 * of the bidding company, and only once it has recorded the proposal's outcome.
 */
public interface OutcomeLetters {

	/**
	 * Whether there is a letter about the proposal: only once the decision about it is
	 * final (after the standstill period), never before.
	 */
	boolean hasLetter(ProposalId proposal);

	/**
	 * The letter about the proposal in the language, as PDF/A; empty where
	 * {@link #hasLetter} says no.
	 */
	Optional<Letter> letter(ProposalId proposal, Language language);

	/**
	 * The address of the page where the bidder reads the decision about the proposal,
	 * asks for a review during the standstill period or for a debriefing; empty until the
	 * decision's letters went out.
	 */
	Optional<String> decisionPage(ProposalId proposal);

	/** A letter to download: its file name and its PDF. */
	record Letter(String fileName, byte[] pdf) {

		public Letter {
			pdf = pdf.clone();
		}

		@Override
		public byte[] pdf() {
			return pdf.clone();
		}

	}

}
