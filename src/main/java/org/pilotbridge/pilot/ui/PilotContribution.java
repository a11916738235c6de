package org.pilotbridge.pilot.ui;

import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import org.pilotbridge.challenge.ChallengeAction;
import org.pilotbridge.challenge.ChallengeContribution;
import org.pilotbridge.challenge.ManagedChallenge;
import org.pilotbridge.pilot.PilotLinks;

/**
 * Links the agency's dashboard to its pilots, and an awarded challenge to the pilots of
 * its winners.
 */
@Component
class PilotContribution implements ChallengeContribution {

	@Override
	public int order() {
		return 20;
	}

	@Override
	public List<ContributedLink> manageActions(ManagedChallenge challenge, Set<ChallengeAction> allowed) {
		var reference = challenge.reference();
		if (!allowed.contains(ChallengeAction.RUN_PILOTS) || reference == null) {
			return List.of();
		}
		return List
			.of(new ContributedLink("challenge-pilots", "challenge.manage.pilots", PilotLinks.ofChallenge(reference)));
	}

	@Override
	public List<ContributedLink> dashboardLinks() {
		return List.of(new ContributedLink("agency-pilots", "challenge.dashboard.pilots", PilotLinks.myPilots()));
	}

}
