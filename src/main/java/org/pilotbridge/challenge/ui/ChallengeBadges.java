package org.pilotbridge.challenge.ui;

import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;

import org.pilotbridge.challenge.ChallengeState;

/**
 * The state of a challenge in words, never by colour alone.
 */
final class ChallengeBadges {

	private ChallengeBadges() {
	}

	static Span state(ChallengeState state, Component translator) {
		var badge = new Span(translator.getTranslation("challenge.state-name." + state.name()));
		badge.addClassNames("badge", stateClass(state));
		return badge;
	}

	/** The class that colours the badge of a state. */
	static String stateClass(ChallengeState state) {
		return "badge-" + state.name().toLowerCase(Locale.ROOT);
	}

}
