package org.pilotbridge.challenge.web;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.stereotype.Component;

import org.pilotbridge.challenge.AwardNotice;
import org.pilotbridge.challenge.ChallengeId;
import org.pilotbridge.challenge.ChallengeQuery;
import org.pilotbridge.challenge.ChallengeSearch;
import org.pilotbridge.challenge.PublicChallenge;
import org.pilotbridge.challenge.SearchCriteria;
import org.pilotbridge.challenge.SearchHit;
import org.pilotbridge.challenge.SearchResults;
import org.pilotbridge.shared.web.PublicDataCache;

/**
 * What the public site shows of challenges, the same for everyone, kept a few seconds in
 * this node's memory ({@link ChallengeSite}): never beyond the moment it changes by
 * itself (a deadline), and forgotten as soon as a change is published here
 * ({@link PublicChallengeChanges}). Reads go through the challenge module's query
 * services, which close a challenge past its deadline first.
 */
@Component
class PublicChallenges {

	static final String PAGES = "public-challenge-pages";

	static final String SEARCHES = "public-challenge-searches";

	static final int PAGE_SIZE = 20;

	private final ChallengeQuery challenges;

	private final ChallengeSearch search;

	private final Clock clock;

	PublicChallenges(ChallengeQuery challenges, ChallengeSearch search, Clock clock) {
		this.challenges = challenges;
		this.search = search;
		this.clock = clock;
	}

	/**
	 * A public challenge and how it ended, if it has; {@code null} for none or a draft.
	 */
	@Cacheable(cacheNames = PAGES, key = "#reference")
	public @Nullable Shown byReference(String reference) {
		var now = clock.instant();
		return challenges.byReference(reference)
			.map(challenge -> new Shown(challenge, challenges.awardNotice(challenge.id()).orElse(null),
					challenge.nextChangeAfter(now).orElse(null)))
			.orElse(null);
	}

	/** One page of a search, with the award notices of the challenges found. */
	@Cacheable(cacheNames = SEARCHES)
	public Found search(SearchCriteria criteria, int page, int size) {
		var now = clock.instant();
		var results = search.search(criteria, page * size, size);
		var notices = challenges.awardNotices(results.hits().stream().map(SearchHit::id).toList());
		var nextChange = results.hits()
			.stream()
			.filter(hit -> hit.isOpenAt(now))
			.map(SearchHit::proposalsDeadline)
			.min(Instant::compareTo)
			.orElse(null);
		return new Found(results, Map.copyOf(notices), nextChange);
	}

	record Shown(PublicChallenge challenge, @Nullable AwardNotice award,
			@Nullable Instant changesAt) implements PublicDataCache.Changing {
	}

	record Found(SearchResults results, Map<ChallengeId, AwardNotice> notices,
			@Nullable Instant changesAt) implements PublicDataCache.Changing {
	}

}
