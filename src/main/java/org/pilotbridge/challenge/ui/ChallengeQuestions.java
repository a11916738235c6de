package org.pilotbridge.challenge.ui;

import com.vaadin.flow.component.Component;

import org.pilotbridge.shared.ui.Confirmation;

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

	/** Asks before starting the evaluation; runs {@code start} only if confirmed. */
	static void startEvaluation(Component view, Runnable start) {
		Confirmation.ask(view, view.getTranslation("challenge.confirm.evaluation.title"),
				view.getTranslation("challenge.confirm.evaluation.what"),
				view.getTranslation("challenge.confirm.evaluation.who"),
				view.getTranslation("challenge.manage.start-evaluation"), start);
	}

}
