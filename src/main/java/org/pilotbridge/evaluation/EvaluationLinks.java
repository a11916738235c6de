package org.pilotbridge.evaluation;

import org.pilotbridge.challenge.ChallengeId;
import org.pilotbridge.proposal.ProposalId;

/**
 * The addresses of the evaluation's views, for the modules that link to them (e-mails,
 * the challenge's page through a contribution). {@code LinksResolveTests} checks that
 * each is served.
 *
 * @see "Design decision: docs/decisions/DD027-20261207-typed-links.md"
 */
public final class EvaluationLinks {

	private EvaluationLinks() {
	}

	/** The evaluation of a challenge, for its panel and managers. */
	public static String challenge(ChallengeId challenge) {
		return "/evaluation/challenges/" + challenge;
	}

	/** The panel of a challenge: its members, invitations and chair. */
	public static String panel(ChallengeId challenge) {
		return challenge(challenge) + "/panel";
	}

	/** Where the evaluation of a challenge stands, step by step. */
	public static String progress(ChallengeId challenge) {
		return challenge(challenge) + "/progress";
	}

	/**
	 * The decision on a challenge for those answerable for it: approval, requests for
	 * review and debriefing.
	 */
	public static String decision(ChallengeId challenge) {
		return challenge(challenge) + "/decision";
	}

	/**
	 * The decision about a proposal for its bidder: the outcome, a request for review, a
	 * debriefing.
	 */
	public static String decision(ProposalId proposal) {
		return "/evaluation/proposals/" + proposal + "/decision";
	}

	/**
	 * The page where an invited evaluator accepts or declines, by the invitation's token.
	 */
	public static String invitation(String token) {
		return "/evaluation/invitations/" + token;
	}

}
