package org.pilotbridge.consultation;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.pilotbridge.challenge.CpvCatalogue;
import org.pilotbridge.identity.OrganisationId;
import org.pilotbridge.shared.Language;

/**
 * A consultation as the public sees it. After the close it tells how many companies
 * answered, and shows the answers of those that agreed to it; while it is open, neither.
 *
 * @param description a plain-text extract for previews and meta tags
 * @param answerCount the number of answers, {@code null} while open
 * @param publishedAnswers the answers whose companies agreed to publication, after the
 * close only
 * @param challengeReference the public challenge the consultation led to, if any
 */
public record PublicConsultation(ConsultationId id, String reference, String title, String description,
		String problemHtml, List<String> questions, List<CpvCatalogue.Entry> cpvCodes, Language language,
		OrganisationId agency, String agencyName, Instant publishedAt, Instant closesAt, ZoneId timeZone, boolean open,
		@Nullable Integer answerCount, List<PublishedAnswer> publishedAnswers, @Nullable String challengeReference) {

	public PublicConsultation {
		questions = List.copyOf(questions);
		cpvCodes = List.copyOf(cpvCodes);
		publishedAnswers = List.copyOf(publishedAnswers);
	}

	/**
	 * Whether companies may still answer at that moment, as
	 * {@link Consultation#isOpenAt}.
	 */
	public boolean isOpenAt(Instant now) {
		return Consultation.isOpen(closesAt, now);
	}

	/**
	 * The next moment at which what the public sees of the consultation changes by
	 * itself: its close, while it is open; after it, none.
	 */
	public Optional<Instant> nextChangeAfter(Instant now) {
		return isOpenAt(now) ? Optional.of(closesAt) : Optional.empty();
	}

	/**
	 * An answer a company agreed to publish.
	 */
	public record PublishedAnswer(String companyName, List<String> answers, Instant answeredAt) {
	}

}
