package org.pilotbridge.consultation;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.pilotbridge.shared.Language;
import org.pilotbridge.shared.UserText;

/**
 * What a challenge manager writes to consult the market before writing a challenge.
 *
 * @param problem the problem, in Markdown
 * @param questions what the agency asks the companies, in order
 * @param language the language it is written in
 * @param closesAt when answers stop being accepted, local time in {@code timeZone}
 */
public record ConsultationDraft(String title, String problem, List<String> questions, List<String> cpvCodes,
		Language language, @Nullable LocalDateTime closesAt, ZoneId timeZone) {

	public static final ZoneId DEFAULT_TIME_ZONE = ZoneId.of("Europe/Brussels");

	public ConsultationDraft {
		title = text(title);
		problem = text(problem);
		questions = questions == null ? List.of()
				: questions.stream().map(ConsultationDraft::text).filter(q -> !q.isEmpty()).toList();
		cpvCodes = cpvCodes == null ? List.of()
				: cpvCodes.stream().map(ConsultationDraft::text).filter(c -> !c.isEmpty()).distinct().toList();
		language = language == null ? Language.ENGLISH : language;
		timeZone = timeZone == null ? DEFAULT_TIME_ZONE : timeZone;
	}

	public static ConsultationDraft of(String title, String problem, List<String> questions, List<String> cpvCodes,
			Language language, @Nullable LocalDateTime closesAt) {
		return new ConsultationDraft(title, problem, questions, cpvCodes, language, closesAt, DEFAULT_TIME_ZONE);
	}

	static String text(@Nullable String text) {
		return UserText.clean(text);
	}

}
