package org.pilotbridge.evaluation;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.pilotbridge.challenge.ChallengeId;
import org.pilotbridge.identity.PersonId;

/**
 * Look-ups other modules need about panels, such as whom to tell about a declared
 * conflict. Not meant for views; it checks no rights, the calling module does.
 */
@Service
@Transactional(readOnly = true)
public class PanelDirectory {

	private final PanelMembers panels;

	private final EvaluationLoader loader;

	private final BiddingInterest interest;

	PanelDirectory(PanelMembers panels, EvaluationLoader loader, BiddingInterest interest) {
		this.panels = panels;
		this.loader = loader;
		this.interest = interest;
	}

	/** The chair of the challenge's panel, once they have joined. */
	public Optional<PersonId> chair(ChallengeId challenge) {
		return panels.of(challenge)
			.stream()
			.filter(member -> member.role().chairs())
			.map(PanelMember::person)
			.filter(java.util.Objects::nonNull)
			.findFirst();
	}

	/**
	 * The people who have joined the challenge's panel, whatever their role, except a
	 * member of a bidding company (whom the system is removing from it).
	 */
	public List<PersonId> joinedMembers(ChallengeId challenge) {
		return panels.of(challenge)
			.stream()
			.map(PanelMember::person)
			.filter(Objects::nonNull)
			.filter(person -> !interest.isBidder(person, challenge))
			.distinct()
			.toList();
	}

	/**
	 * Who leads the panel once the scores are in: the chair and the member standing in
	 * for them, those who have joined.
	 */
	public List<PersonId> leads(ChallengeId challenge) {
		var leads = new LinkedHashSet<PersonId>();
		chair(challenge).ifPresent(leads::add);
		panels.of(challenge)
			.stream()
			.filter(PanelMember::standIn)
			.map(PanelMember::person)
			.filter(Objects::nonNull)
			.forEach(leads::add);
		return List.copyOf(leads);
	}

	/**
	 * Whether every proposal of the evaluation has the submitted scores of every
	 * evaluator who is not recused from it. Never true for nothing: not before the
	 * evaluation has started (no bidders are listed yet), and not for a proposal nobody
	 * is left to score, so that removing the last evaluators does not make the scores
	 * "in".
	 */
	public boolean allScoresIn(ChallengeId challenge) {
		var evaluation = loader.load(challenge);
		return !evaluation.bidders().isEmpty()
				&& evaluation.bidders().stream().allMatch(bidder -> evaluation.allScoresIn(bidder.proposal()));
	}

}
