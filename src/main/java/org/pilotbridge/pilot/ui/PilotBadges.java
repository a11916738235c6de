package org.pilotbridge.pilot.ui;

import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;

import org.pilotbridge.pilot.PilotOutcome;
import org.pilotbridge.pilot.PilotStatus;

/** Statuses and outcomes in words, never by colour alone. */
final class PilotBadges {

	private PilotBadges() {
	}

	static Span status(PilotStatus status, Component translator) {
		var badge = new Span(translator.getTranslation(status.messageKey()));
		badge.addClassNames("badge", "badge-pilot-" + status.name().toLowerCase(Locale.ROOT));
		badge.addClassName("pilot-status");
		return badge;
	}

	static Span outcome(PilotOutcome outcome, Component translator) {
		var badge = new Span(translator.getTranslation(outcome.messageKey()));
		badge.addClassNames("badge", "badge-outcome-" + outcome.name().toLowerCase(Locale.ROOT));
		badge.addClassName("pilot-outcome");
		return badge;
	}

}
