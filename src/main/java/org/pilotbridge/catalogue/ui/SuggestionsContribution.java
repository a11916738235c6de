package org.pilotbridge.catalogue.ui;

import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import org.pilotbridge.catalogue.CatalogueLinks;
import org.pilotbridge.challenge.ChallengeAction;
import org.pilotbridge.challenge.ChallengeContribution;
import org.pilotbridge.challenge.ManagedChallenge;

/**
 * Links a challenge's managers to the solutions of the catalogue suggested for it, in a
 * section of its own.
 */
@Component
class SuggestionsContribution implements ChallengeContribution {

	@Override
	public int order() {
		return 30;
	}

	@Override
	public List<ContributedSection> manageSections(ManagedChallenge challenge, Set<ChallengeAction> allowed) {
		return List.of(new ContributedSection("challenge.manage.suggestions-heading",
				"challenge.manage.suggestions-help", new ContributedLink("suggested-solutions",
						"challenge.manage.suggestions", CatalogueLinks.suggestions(challenge.id()))));
	}

}
