package org.pilotbridge.challenge.web;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import org.pilotbridge.challenge.AttachmentInfo;
import org.pilotbridge.challenge.AwardNotice;
import org.pilotbridge.challenge.ChallengeLinks;
import org.pilotbridge.challenge.ChallengeState;
import org.pilotbridge.challenge.CriterionType;
import org.pilotbridge.challenge.PublicChallenge;
import org.pilotbridge.challenge.SearchHit;
import org.pilotbridge.shared.Language;
import org.pilotbridge.shared.PublicPaths;
import org.pilotbridge.shared.web.TimeTexts;

/**
 * Turns what the challenge module says into what the public pages show, every text
 * translated and formatted for the page's language: the cards of the list, the facts,
 * criteria, scale, change log, documents and award of a challenge's page. Nothing here
 * decides a rule: whether a challenge is open is the challenge's answer
 * ({@link PublicChallenge#isOpenAt}).
 */
@Component
class ChallengeViews {

	private final MessageSource messages;

	private final TimeTexts times;

	ChallengeViews(MessageSource messages, TimeTexts times) {
		this.messages = messages;
		this.times = times;
	}

	Card card(SearchHit hit, @Nullable AwardNotice notice, Language language, Instant now) {
		var locale = language.locale();
		var open = hit.isOpenAt(now);
		return new Card(hit.reference(), PublicPaths.of(language, ChallengeLinks.page(hit.reference())), hit.title(),
				hit.summary(), text(hit.state().messageKey(), locale), stateClass(hit.state()), hit.agencyName(),
				hit.budgetCap().format(locale), times.date(hit.proposalsDeadline(), hit.timeZone(), locale),
				open ? times.timeLeft(hit.proposalsDeadline(), now, locale) : null,
				notice == null ? null : award(notice, hit.timeZone(), locale));
	}

	static String stateClass(ChallengeState state) {
		return "badge-" + state.name().toLowerCase(Locale.ROOT);
	}

	List<Fact> facts(PublicChallenge challenge, Language language, Instant now) {
		var locale = language.locale();
		var facts = new ArrayList<Fact>();
		facts.add(Fact.text(text("challenge.view.budget", locale),
				challenge.budgetCap().format(locale) + " " + text("challenge.view.excl-vat", locale)));
		facts.add(new Fact(text("challenge.view.deadline", locale),
				times.moment(challenge.proposalsDeadline(), challenge.timeZone(), locale),
				challenge.isOpenAt(now) ? times.timeLeft(challenge.proposalsDeadline(), now, locale) : null,
				"proposals-deadline"));
		facts.add(new Fact(text("challenge.view.questions-deadline", locale),
				times.moment(challenge.questionsDeadline(), challenge.timeZone(), locale), null, "questions-deadline"));
		facts.add(Fact.text(text("challenge.view.duration", locale),
				text("challenge.view.weeks", locale, challenge.pilotDurationWeeks())));
		facts.add(Fact.text(text("challenge.view.pilots", locale), String.valueOf(challenge.pilotsToAward())));
		facts.add(Fact.text(text("challenge.view.languages", locale),
				challenge.languages().stream().map(Language::nativeName).collect(Collectors.joining(", "))));
		facts.add(Fact.text(text("challenge.view.cpv", locale),
				challenge.cpvCodes()
					.stream()
					.map(entry -> entry.code() + " " + entry.label())
					.collect(Collectors.joining("; "))));
		if (!challenge.tags().isEmpty()) {
			facts.add(Fact.text(text("challenge.view.tags", locale), String.join(", ", challenge.tags())));
		}
		facts.add(Fact.text(text("challenge.view.reference", locale), challenge.reference()));
		return facts;
	}

	List<CriterionView> criteria(PublicChallenge challenge, Language language) {
		var locale = language.locale();
		return challenge.criteria()
			.stream()
			.map(criterion -> new CriterionView(criterion.name() + " — " + criterion.weight() + " %",
					criterion.description(),
					text(criterion.type() == CriterionType.PRICE ? "challenge.view.price-criterion"
							: "challenge.view.qualitative-criterion", locale)))
			.toList();
	}

	/**
	 * Every point of the scale with what it means, as the agency described it or by
	 * default.
	 */
	List<String> scale(PublicChallenge challenge, Language language) {
		var scale = challenge.scale();
		var descriptions = scale.descriptions();
		var points = new ArrayList<String>();
		for (var point = scale.min(); point <= scale.max(); point++) {
			var index = point - scale.min();
			var meaning = index < descriptions.size() && !descriptions.get(index).isBlank() ? descriptions.get(index)
					: text("challenge.scale.default." + point, language.locale());
			points.add(point + " — " + meaning);
		}
		return points;
	}

	List<String> changeLog(PublicChallenge challenge, Language language) {
		var locale = language.locale();
		return challenge.changeLog().stream().map(entry -> {
			var line = times.dateTime(entry.amendedAt(), challenge.timeZone(), locale) + " — " + entry.reason();
			if (!entry.changedFields().isEmpty()) {
				line += " "
						+ text("challenge.view.changed-fields", locale, changedFields(entry.changedFields(), locale));
			}
			if (entry.newDeadline() != null) {
				line += " " + text("challenge.view.deadline-moved", locale,
						times.dateTime(entry.newDeadline(), challenge.timeZone(), locale));
			}
			return line;
		}).toList();
	}

	/**
	 * The names of the changed fields as the editor labels them, in the reader's
	 * language: "Title, CPV codes".
	 */
	String changedFields(List<String> fields, Locale locale) {
		return String.join(", ", fields.stream().map(field -> text("challenge.field." + field, locale)).toList());
	}

	List<Document> documents(PublicChallenge challenge, Language language) {
		return challenge.attachments()
			.stream()
			.map(attachment -> new Document(href(challenge, attachment),
					attachment.fileName() + " (PDF, "
							+ text("challenge.view.pages", language.locale(), attachment.pages()) + ")"))
			.toList();
	}

	private static String href(PublicChallenge challenge, AttachmentInfo attachment) {
		return ChallengeLinks.attachment(challenge.reference(), attachment.id());
	}

	/**
	 * The public award notice: the winner (or the winners of several pilots), the amount
	 * excluding VAT and the date, or why no award was made.
	 */
	String award(AwardNotice notice, ZoneId zone, Locale locale) {
		var date = times.date(notice.decidedAt(), zone, locale);
		if (!notice.awarded()) {
			return text("challenge.view.not-awarded", locale, date, Objects.requireNonNullElse(notice.reason(), ""));
		}
		if (notice.winners().size() == 1) {
			var winner = notice.winners().getFirst();
			return text("challenge.view.awarded", locale, winner.name(), winner.amount().format(locale), date);
		}
		var winners = notice.winners()
			.stream()
			.map(winner -> text("challenge.view.award-winner", locale, winner.name(), winner.amount().format(locale)))
			.collect(Collectors.joining("; "));
		return text("challenge.view.awarded-several", locale, notice.winners().size(), winners, date);
	}

	private String text(String key, Locale locale, Object... arguments) {
		return messages.getMessage(key, arguments, locale);
	}

	/** One challenge in a list, its texts plain, the words searched for marked. */
	record Card(String reference, String href, List<SearchHit.Segment> title, List<SearchHit.Segment> summary,
			String state, String stateClass, String agency, String budget, String deadline, @Nullable String timeLeft,
			@Nullable String award) {
	}

	/**
	 * A fact of a challenge: a text, or a moment (a deadline) with the time left.
	 *
	 * @param id the element's id, for the moments
	 */
	record Fact(String label, @Nullable String value, TimeTexts.@Nullable Moment moment, @Nullable String timeLeft,
			@Nullable String id) {

		Fact(String label, TimeTexts.Moment moment, @Nullable String timeLeft, String id) {
			this(label, null, moment, timeLeft, id);
		}

		static Fact text(String label, String value) {
			return new Fact(label, value, null, null, null);
		}

	}

	record CriterionView(String title, String description, String scoring) {
	}

	record Document(String href, String label) {
	}

}
