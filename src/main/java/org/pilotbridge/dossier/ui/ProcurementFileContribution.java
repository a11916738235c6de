package org.pilotbridge.dossier.ui;

import java.time.Clock;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import org.pilotbridge.challenge.ChallengeAction;
import org.pilotbridge.challenge.ChallengeContribution;
import org.pilotbridge.challenge.ManagedChallenge;
import org.pilotbridge.dossier.ProcurementFileLinks;

/**
 * Offers the procurement file's download among the actions of a challenge's manage page,
 * once its deadline has passed and its proposals are opened. The download checks again
 * who asks.
 */
@Component
class ProcurementFileContribution implements ChallengeContribution {

	private final Clock clock;

	ProcurementFileContribution(Clock clock) {
		this.clock = clock;
	}

	@Override
	public int order() {
		return 90;
	}

	@Override
	public List<ContributedLink> manageActions(ManagedChallenge challenge, Set<ChallengeAction> allowed) {
		if (!allowed.contains(ChallengeAction.FOLLOW_EVALUATION) || challenge.awaitsOpeningAt(clock.instant())) {
			return List.of();
		}
		return List.of(ContributedLink.download("procurement-file", "dossier.manage.download",
				ProcurementFileLinks.file(challenge.id())));
	}

}
