package org.pilotbridge.proposal.ui;

import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import org.pilotbridge.challenge.ChallengeAction;
import org.pilotbridge.challenge.ChallengeContribution;
import org.pilotbridge.challenge.PublicChallenge;
import org.pilotbridge.proposal.ProposalLinks;

/**
 * Offers a company's member, on a challenge's public page, to prepare a proposal while
 * the challenge is open.
 */
@Component
class ProposalContribution implements ChallengeContribution {

	@Override
	public int order() {
		return 10;
	}

	@Override
	public List<ContributedLink> nextSteps(PublicChallenge challenge, Set<ChallengeAction> allowed) {
		if (!allowed.contains(ChallengeAction.PROPOSE)) {
			return List.of();
		}
		return List
			.of(new ContributedLink("propose", "challenge.view.propose", ProposalLinks.form(challenge.reference())));
	}

}
