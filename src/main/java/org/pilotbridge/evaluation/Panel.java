package org.pilotbridge.evaluation;

import java.util.List;
import java.util.Optional;

import org.pilotbridge.challenge.ChallengeId;

/**
 * The panel of a challenge as it stands: at least one evaluator and one chair are needed,
 * three evaluators are recommended.
 *
 * @param chairRecused whether the chair has declared a conflict of interest with a
 * bidder, so that a stand-in acts for them on those proposals and decides
 */
public record Panel(ChallengeId challenge, List<PanelMember> members, boolean chairRecused) {

	public static final int RECOMMENDED_EVALUATORS = 3;

	public Panel {
		members = List.copyOf(members);
	}

	public Panel(ChallengeId challenge, List<PanelMember> members) {
		this(challenge, members, false);
	}

	/** The member the managers designated to act for the recused chair, if any. */
	public Optional<PanelMember> standIn() {
		return members.stream().filter(PanelMember::standIn).findFirst();
	}

	public List<PanelMember> evaluators() {
		return members.stream().filter(member -> member.role().scores()).toList();
	}

	public Optional<PanelMember> chair() {
		return members.stream().filter(member -> member.role().chairs()).findFirst();
	}

	/** Whether it has a chair and at least one evaluator. */
	public boolean isComplete() {
		return chair().isPresent() && !evaluators().isEmpty();
	}

	public boolean meetsRecommendation() {
		return evaluators().size() >= RECOMMENDED_EVALUATORS;
	}

}
