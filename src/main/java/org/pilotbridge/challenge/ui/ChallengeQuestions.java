package org.pilotbridge.challenge.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.function.Consumer;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.datepicker.DatePicker;

import org.pilotbridge.challenge.Challenge;
import org.pilotbridge.shared.ui.Confirmation;
import org.pilotbridge.shared.ui.DatePickers;
import org.pilotbridge.shared.ui.FieldErrors;

/**
 * The questions asked once before a challenge changes for good: publishing it (from the
 * editor or the managers' screen) and starting its evaluation.
 */
final class ChallengeQuestions {

	private ChallengeQuestions() {
	}

	/** Asks before publishing; runs {@code publish} only if the manager confirms. */
	static void publish(Component view, Runnable publish) {
		Confirmation.ask(view, view.getTranslation("challenge.confirm.publish.title"),
				view.getTranslation("challenge.confirm.publish.what"),
				view.getTranslation("challenge.confirm.publish.who"),
				view.getTranslation("challenge.confirm.publish.action"), publish);
	}

	/**
	 * Asks before starting the evaluation, with the date by which the panel scores
	 * (proposed {@value Challenge#DEFAULT_SCORING_DAYS} days ahead, in the challenge's
	 * time zone); runs {@code start} with it only if confirmed, and stays open with the
	 * error at the date when the service refuses it.
	 */
	static void startEvaluation(Component view, ZoneId zone, Clock clock, Consumer<LocalDate> start) {
		var today = LocalDate.now(clock.withZone(zone));
		var due = scoringDuePicker(view, today, today.plusDays(Challenge.DEFAULT_SCORING_DAYS));
		Confirmation.ask(view, view.getTranslation("challenge.confirm.evaluation.title"),
				view.getTranslation("challenge.confirm.evaluation.what"),
				view.getTranslation("challenge.confirm.evaluation.who"),
				view.getTranslation("challenge.manage.start-evaluation"), due,
				new FieldErrors().bind("scoringDueOn", due), () -> start.accept(due.getValue()));
	}

	/**
	 * Asks for the new scoring due date of an evaluation under way; runs {@code move}
	 * with it only if confirmed, and stays open with the error at the date when the
	 * service refuses it.
	 */
	static void moveScoringDue(Component view, ZoneId zone, Clock clock, LocalDate current, Consumer<LocalDate> move) {
		var due = scoringDuePicker(view, LocalDate.now(clock.withZone(zone)), current);
		Confirmation.ask(view, view.getTranslation("challenge.confirm.scoring-due.title"),
				view.getTranslation("challenge.confirm.scoring-due.what"),
				view.getTranslation("challenge.confirm.scoring-due.who"),
				view.getTranslation("challenge.manage.move-scoring-due"), due,
				new FieldErrors().bind("scoringDueOn", due), () -> move.accept(due.getValue()));
	}

	private static DatePicker scoringDuePicker(Component view, LocalDate today, LocalDate value) {
		var due = DatePickers.translated(new DatePicker(view.getTranslation("challenge.scoring-due.label")), view);
		due.setId("scoring-due-on");
		due.setRequiredIndicatorVisible(true);
		due.setHelperText(view.getTranslation("challenge.scoring-due.help"));
		due.setMin(today.plusDays(1));
		due.setMax(today.plusDays(Challenge.MAX_SCORING_DAYS));
		due.setValue(value);
		due.setWidthFull();
		return due;
	}

}
