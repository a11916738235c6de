package org.pilotbridge.evaluation.ui;

import java.time.Instant;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import org.jspecify.annotations.Nullable;

import org.pilotbridge.evaluation.EvaluationViews.ScoringDue;
import org.pilotbridge.shared.Language;
import org.pilotbridge.shared.ui.Times;

/**
 * The scoring due date where evaluators and the chair look for it: by when scoring is
 * due, or, once that day has passed, that it was due, so that a late evaluator sees it
 * before the chair has to ask.
 */
final class ScoringDueNote {

	private ScoringDueNote() {
	}

	/** The note, or an empty paragraph when the evaluation has no due date. */
	static Paragraph of(@Nullable ScoringDue due, Instant now, Component translator) {
		var note = new Paragraph();
		if (due == null) {
			note.setVisible(false);
			return note;
		}
		var ui = UI.getCurrent();
		var day = Times.day(due.day(), ui == null ? Language.ENGLISH.locale() : ui.getLocale());
		var late = due.hasPassed(now);
		note.setText(
				translator.getTranslation(late ? "evaluation.scoring-due.passed" : "evaluation.scoring-due.by", day));
		note.addClassNames("scoring-due", late ? "scoring-due-passed" : "scoring-due-ahead");
		return note;
	}

}
