package org.pilotbridge.evaluation.ui;

import com.vaadin.flow.router.RouteParameters;

import org.pilotbridge.challenge.ChallengeId;
import org.pilotbridge.proposal.ProposalId;

/** The routes of the evaluation's views. */
final class EvaluationNavigation {

	static final String TODO = "evaluation";

	static final String CHALLENGE = "evaluation/challenges/:challenge";

	static final String PANEL = "evaluation/challenges/:challenge/panel";

	static final String DECLARATIONS = "evaluation/challenges/:challenge/declarations";

	static final String PROGRESS = "evaluation/challenges/:challenge/progress";

	static final String DECISION = "evaluation/challenges/:challenge/decision";

	static final String SCORING = "evaluation/proposals/:proposal";

	static final String BIDDER_DECISION = "evaluation/proposals/:proposal/decision";

	static final String CONSENSUS = "evaluation/proposals/:proposal/consensus";

	static final String INVITATION = "evaluation/invitations/:token";

	private EvaluationNavigation() {
	}

	static RouteParameters challenge(ChallengeId id) {
		return new RouteParameters("challenge", id.toString());
	}

	static RouteParameters proposal(ProposalId id) {
		return new RouteParameters("proposal", id.toString());
	}

}
