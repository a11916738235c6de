package org.pilotbridge.identity.ui;

import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;

import org.pilotbridge.identity.VerificationState;

/**
 * Small labels that show a state in words, never by colour alone.
 */
final class Badges {

	private Badges() {
	}

	static Span verification(VerificationState state, Component translator) {
		var badge = new Span(
				translator.getTranslation("identity.verification." + state.name().toLowerCase(Locale.ROOT)));
		badge.addClassNames("badge", "badge-" + state.name().toLowerCase(Locale.ROOT));
		return badge;
	}

}
