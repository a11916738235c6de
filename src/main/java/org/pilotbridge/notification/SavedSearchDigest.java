package org.pilotbridge.notification;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.pilotbridge.challenge.ChallengeAudience;
import org.pilotbridge.challenge.ChallengeLinks;
import org.pilotbridge.challenge.SavedSearchFrequency;
import org.pilotbridge.identity.OrganisationDirectory;
import org.pilotbridge.notification.MailComposer.MailRequest;
import org.pilotbridge.shared.PublicLinks;

/**
 * Once a day, on one node, mails everyone with a daily saved search the challenges
 * published since their previous digest that match it.
 */
@Component
class SavedSearchDigest {

	private final ChallengeAudience audience;

	private final OrganisationDirectory people;

	private final MailOutbox mails;

	private final MessageSource messages;

	private final PublicLinks links;

	private final JdbcClient jdbc;

	private final Clock clock;

	SavedSearchDigest(ChallengeAudience audience, OrganisationDirectory people, MailOutbox mails,
			MessageSource messages, PublicLinks links, JdbcClient jdbc, Clock clock) {
		this.audience = audience;
		this.people = people;
		this.mails = mails;
		this.messages = messages;
		this.links = links;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Scheduled(cron = "${pilotbridge.notification.digest-cron:0 0 7 * * *}", zone = "Europe/Brussels")
	@SchedulerLock(name = "saved-search-digest", lockAtMostFor = "PT30M")
	@Transactional
	void sendDigests() {
		var now = clock.instant();
		for (var search : audience.savedSearches(SavedSearchFrequency.DAILY)) {
			var since = jdbc.sql("SELECT last_sent_at FROM saved_search_digest WHERE saved_search_id = ?")
				.param(search.savedSearch().id())
				.query(Timestamp.class)
				.optional()
				.map(Timestamp::toInstant)
				.orElse(now.minus(Duration.ofDays(1)));
			var hits = audience.publishedSinceMatching(search.savedSearch(), since);
			if (!hits.isEmpty()) {
				people.person(search.person()).filter(person -> person.active()).ifPresent(person -> {
					var list = hits.stream()
						.map(hit -> hit.titleText() + " — " + links.to(ChallengeLinks.page(hit.reference())))
						.collect(Collectors.joining("\n\n"));
					mails.queue(new MailRequest(person.email(), person.displayName(), person.language(),
							"saved-search-digest", List.of(hits.size()), List.of(hits.size(), list),
							links.to("/challenges"), false, search.savedSearch() + "/" + now));
				});
			}
			jdbc.sql("""
					INSERT INTO saved_search_digest (saved_search_id, last_sent_at) VALUES (:id, :now)
					ON CONFLICT (saved_search_id) DO UPDATE SET last_sent_at = :now
					""").param("id", search.savedSearch().id()).param("now", Timestamp.from(now)).update();
		}
	}

}
