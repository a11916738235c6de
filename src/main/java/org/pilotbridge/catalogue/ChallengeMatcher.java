package org.pilotbridge.catalogue;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import org.pilotbridge.challenge.ChallengePublished;
import org.pilotbridge.challenge.ChallengeQuery;
import org.pilotbridge.identity.OrganisationId;

/**
 * When a challenge is published, finds the companies whose published solutions match it
 * and, for each company that has not turned such news off, publishes one
 * {@link MatchingChallengePublished} for the {@code notification} module. A company is
 * told once per challenge, even when the event is delivered again.
 */
@Component
class ChallengeMatcher {

	/**
	 * Enough for any realistic catalogue; a challenge matching more solutions is too
	 * vague anyway.
	 */
	private static final int MAX_MATCHES = 2000;

	private final SolutionMatches matches;

	private final ChallengeQuery challenges;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ChallengeMatcher(SolutionMatches matches, ChallengeQuery challenges, JdbcClient jdbc,
			ApplicationEventPublisher events, Clock clock) {
		this.matches = matches;
		this.challenges = challenges;
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(ChallengePublished event) {
		var summary = challenges.byReference(event.reference()).map(c -> c.summary()).orElse("");
		var byCompany = new LinkedHashMap<OrganisationId, List<String>>();
		matches.of(event.cpvCodes(), event.title() + "\n" + summary, MAX_MATCHES)
			.forEach(match -> byCompany.computeIfAbsent(match.company(), company -> new ArrayList<>())
				.add(match.name()));
		byCompany.forEach((company, solutions) -> {
			if (CatalogueSettings.enabled(jdbc, company) && firstMatch(event, company)) {
				events.publishEvent(new MatchingChallengePublished(event.challenge(), event.reference(), event.title(),
						company, solutions));
			}
		});
	}

	private boolean firstMatch(ChallengePublished event, OrganisationId company) {
		return jdbc.sql("""
				INSERT INTO catalogue_challenge_match (challenge_id, company_id, matched_at) VALUES (?, ?, ?)
				ON CONFLICT DO NOTHING
				""").params(event.challenge().id(), company.id(), Timestamp.from(clock.instant())).update() == 1;
	}

}
