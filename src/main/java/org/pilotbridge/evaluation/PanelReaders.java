package org.pilotbridge.evaluation;

import java.util.List;

import org.springframework.stereotype.Component;

import org.pilotbridge.challenge.ChallengeId;
import org.pilotbridge.identity.PersonId;
import org.pilotbridge.proposal.ProposalId;
import org.pilotbridge.proposal.spi.ProposalReaders;

/**
 * Admits the members of a challenge's panel to its proposals after the close: to the list
 * of proposals (their companies, to declare about) as soon as they have joined, and to a
 * proposal's content once they have declared no conflict with its company. Nobody who
 * belongs to a company with a proposal for the challenge is admitted, whatever their
 * seat.
 */
@Component
class PanelReaders implements ProposalReaders {

	private final PanelMembers panels;

	private final EvaluationRecords records;

	private final BiddingInterest interest;

	PanelReaders(PanelMembers panels, EvaluationRecords records, BiddingInterest interest) {
		this.panels = panels;
		this.records = records;
		this.interest = interest;
	}

	@Override
	public boolean mayRead(PersonId person, ChallengeId challenge) {
		return panels.of(challenge, person).isPresent() && !interest.isBidder(person, challenge);
	}

	@Override
	public boolean mayRead(PersonId person, ChallengeId challenge, ProposalId proposal) {
		return mayRead(person, challenge)
				&& panels.of(challenge, person)
					.map(records::declarations)
					.orElse(List.of())
					.stream()
					.anyMatch(declaration -> declaration.proposal().equals(proposal) && !declaration.conflict())
				&& !records.everDeclaredConflict(person, proposal);
	}

	/**
	 * Whoever declared a conflict with the proposal's company, in any seat on its panel,
	 * is recused from it.
	 */
	@Override
	public boolean isRecused(PersonId person, ChallengeId challenge, ProposalId proposal) {
		return records.everDeclaredConflict(person, proposal);
	}

}
