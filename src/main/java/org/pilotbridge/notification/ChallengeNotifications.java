package org.pilotbridge.notification;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.function.Function;

import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import org.pilotbridge.challenge.AnswerPublished;
import org.pilotbridge.challenge.ChallengeAmended;
import org.pilotbridge.challenge.ChallengeAudience;
import org.pilotbridge.challenge.ChallengeDirectory;
import org.pilotbridge.challenge.ChallengeId;
import org.pilotbridge.challenge.ChallengeLinks;
import org.pilotbridge.challenge.ChallengePublished;
import org.pilotbridge.challenge.ChallengeWithdrawn;
import org.pilotbridge.challenge.DeadlineExtended;
import org.pilotbridge.challenge.FollowedChallengeDeadlineApproaching;
import org.pilotbridge.challenge.QuestionAsked;
import org.pilotbridge.challenge.QuestionRejected;
import org.pilotbridge.challenge.SavedSearchFrequency;
import org.pilotbridge.identity.OrganisationDirectory;
import org.pilotbridge.identity.PersonId;
import org.pilotbridge.identity.PersonSummary;
import org.pilotbridge.identity.Tokens;
import org.pilotbridge.notification.MailComposer.MailRequest;
import org.pilotbridge.shared.Language;
import org.pilotbridge.shared.PublicLinks;
import org.pilotbridge.shared.PublicPaths;

/**
 * Tells people about challenges: followers of answers, amendments, a later deadline, a
 * withdrawal and the approaching deadline; managers of new questions; askers of their
 * question answered or not; and people whose saved search matches a new challenge at once
 * (daily ones get {@link SavedSearchDigest}).
 */
@Component
class ChallengeNotifications {

	private final MailOutbox mails;

	private final InboxWriter inbox;

	private final ChallengeAudience audience;

	private final ChallengeDirectory challenges;

	private final OrganisationDirectory people;

	private final MessageSource messages;

	private final PublicLinks links;

	ChallengeNotifications(MailOutbox mails, InboxWriter inbox, ChallengeAudience audience,
			ChallengeDirectory challenges, OrganisationDirectory people, MessageSource messages, PublicLinks links) {
		this.mails = mails;
		this.inbox = inbox;
		this.audience = audience;
		this.challenges = challenges;
		this.people = people;
		this.messages = messages;
		this.links = links;
	}

	/**
	 * Tells the person who asked that their question is answered, and the other followers
	 * that there is a new answer.
	 */
	@ApplicationModuleListener
	void on(AnswerPublished event) {
		var asker = event.askedBy();
		var path = page(event.reference(), "#questions-and-answers");
		var uniqueness = event.auditRecord().id().toString();
		if (asker != null) {
			person(asker).ifPresent(
					person -> tell(person, "challenge-question-answered", List.of(event.title()), path, uniqueness));
		}
		audience.followers(event.challenge())
			.stream()
			.filter(follower -> !follower.equals(asker))
			.forEach(follower -> person(follower)
				.ifPresent(person -> tell(person, "challenge-answer", List.of(event.title()), path, uniqueness)));
	}

	@ApplicationModuleListener
	void on(ChallengeAmended event) {
		tellFollowers(event.challenge(), "challenge-amended", List.of(event.title(), event.reason()),
				page(event.reference()), event.auditRecord().id().toString());
	}

	@ApplicationModuleListener
	void on(DeadlineExtended event) {
		var zone = zoneOf(event.challenge());
		audience.followers(event.challenge())
			.forEach(follower -> person(follower).ifPresent(person -> tell(person, "challenge-deadline-extended",
					List.of(event.title(), when(event.newDeadline(), zone, person.language())), page(event.reference()),
					event.auditRecord().id().toString())));
	}

	@ApplicationModuleListener
	void on(ChallengeWithdrawn event) {
		tellFollowers(event.challenge(), "challenge-withdrawn", List.of(event.title(), event.reason()),
				page(event.reference()), event.auditRecord().id().toString());
	}

	@ApplicationModuleListener
	void on(FollowedChallengeDeadlineApproaching event) {
		audience.followers(event.challenge())
			.forEach(follower -> person(follower).ifPresent(person -> tell(person, "challenge-deadline-approaching",
					List.of(event.title(), when(event.deadline(), event.timeZone(), person.language())),
					page(event.reference()), "deadline-approaching/" + event.challenge() + "/" + event.deadline())));
	}

	@ApplicationModuleListener
	void on(QuestionAsked event) {
		challenges.managers(event.challenge())
			.forEach(manager -> person(manager)
				.ifPresent(person -> tell(person, "challenge-question-asked", List.of(event.title()),
						language -> ChallengeLinks.manage(event.challenge()), event.auditRecord().id().toString())));
	}

	@ApplicationModuleListener
	void on(QuestionRejected event) {
		person(event.askedBy()).ifPresent(person -> tell(person, "challenge-question-rejected",
				List.of(event.title(), event.reason()), page(event.reference()), event.auditRecord().id().toString()));
	}

	@ApplicationModuleListener
	void on(ChallengePublished event) {
		audience.savedSearchesMatching(event.challenge())
			.stream()
			.filter(match -> match.frequency() == SavedSearchFrequency.IMMEDIATE)
			.forEach(match -> person(match.person()).ifPresent(person -> tell(person, "saved-search-match",
					List.of(event.title()), page(event.reference()), event.auditRecord().id().toString())));
	}

	private void tellFollowers(ChallengeId challenge, String kind, List<Object> arguments,
			Function<Language, String> path, String uniqueness) {
		audience.followers(challenge)
			.forEach(follower -> person(follower).ifPresent(person -> tell(person, kind, arguments, path, uniqueness)));
	}

	/**
	 * An e-mail and an in-app notification, in the person's language, linking to the page
	 * the path gives for that language: the challenge's public page in it, or the
	 * managers' view.
	 */
	private void tell(PersonSummary person, String kind, List<Object> arguments, Function<Language, String> path,
			String uniqueness) {
		if (!person.active()) {
			return;
		}
		var page = path.apply(person.language());
		mails.queue(new MailRequest(person.email(), person.displayName(), person.language(), kind, arguments, arguments,
				links.to(page), false, uniqueness));
		inbox.notify(person.id(),
				messages.getMessage("notice." + kind, arguments.toArray(), person.language().locale()), page,
				Tokens.hash(person.id() + "/" + kind + "/" + uniqueness));
	}

	private java.util.Optional<PersonSummary> person(PersonId id) {
		return people.person(id);
	}

	private ZoneId zoneOf(ChallengeId challenge) {
		return challenges.challenge(challenge).map(summary -> summary.timeZone()).orElse(ZoneId.of("Europe/Brussels"));
	}

	/** The challenge's public page, in the reader's language. */
	private static Function<Language, String> page(String reference) {
		return page(reference, "");
	}

	private static Function<Language, String> page(String reference, String fragment) {
		return language -> PublicPaths.of(language, ChallengeLinks.page(reference)) + fragment;
	}

	static String when(Instant instant, ZoneId zone, Language language) {
		return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
			.withLocale(language.locale())
			.format(instant.atZone(zone)) + " (" + zone.getId() + ")";
	}

}
