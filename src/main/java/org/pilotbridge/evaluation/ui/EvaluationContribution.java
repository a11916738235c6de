package org.pilotbridge.evaluation.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import org.pilotbridge.challenge.ChallengeAction;
import org.pilotbridge.challenge.ChallengeContribution;
import org.pilotbridge.challenge.ManagedChallenge;
import org.pilotbridge.evaluation.EvaluationLinks;

/**
 * Links the challenge's managers from their challenge to its panel and, once it has
 * closed, its evaluation.
 */
@Component
class EvaluationContribution implements ChallengeContribution {

	@Override
	public int order() {
		return 10;
	}

	@Override
	public List<ContributedLink> manageActions(ManagedChallenge challenge, Set<ChallengeAction> allowed) {
		var links = new ArrayList<ContributedLink>();
		if (allowed.contains(ChallengeAction.COMPOSE_PANEL)) {
			links.add(new ContributedLink("evaluation-panel", "challenge.manage.panel",
					EvaluationLinks.panel(challenge.id())));
		}
		if (allowed.contains(ChallengeAction.FOLLOW_EVALUATION)) {
			links.add(new ContributedLink("evaluation-progress", "challenge.manage.evaluation",
					EvaluationLinks.progress(challenge.id())));
		}
		return links;
	}

}
