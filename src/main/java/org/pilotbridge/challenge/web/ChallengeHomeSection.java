package org.pilotbridge.challenge.web;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import org.pilotbridge.challenge.PublicStatus;
import org.pilotbridge.challenge.SearchCriteria;
import org.pilotbridge.shared.web.HomeSection;
import org.pilotbridge.shared.web.PublicPage;

/**
 * The home page's open challenges whose deadline comes first, with a way to all of them.
 */
@Component
class ChallengeHomeSection implements HomeSection {

	static final int SHOWN = 3;

	private final PublicChallenges challenges;

	private final ChallengeViews views;

	private final Clock clock;

	ChallengeHomeSection(PublicChallenges challenges, ChallengeViews views, Clock clock) {
		this.challenges = challenges;
		this.views = views;
		this.clock = clock;
	}

	@Override
	public int order() {
		return 10;
	}

	@Override
	public Optional<Shown> show(PublicPage page) {
		var now = clock.instant();
		var found = challenges.search(
				SearchCriteria.all().withStatus(PublicStatus.OPEN).sortedBy(SearchCriteria.SortOrder.DEADLINE), 0,
				SHOWN);
		page.changesAt(found.changesAt());
		var cards = found.results()
			.hits()
			.stream()
			.map(hit -> views.card(hit, found.notices().get(hit.id()), page.language(), now))
			.toList();
		return Optional.of(new Shown("challenge/home", new ClosingSoon(cards, found.results().total(),
				page.to("/challenges") + "?status=OPEN&sort=DEADLINE")));
	}

	/**
	 * The first open challenges to close, how many are open, and the list of all of them.
	 */
	record ClosingSoon(List<ChallengeViews.Card> cards, long open, String all) {
	}

}
