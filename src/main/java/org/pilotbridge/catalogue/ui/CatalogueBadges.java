package org.pilotbridge.catalogue.ui;

import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;

import org.pilotbridge.catalogue.SolutionState;

/**
 * States in words, never by colour alone, and the meaning of readiness levels.
 */
final class CatalogueBadges {

	private CatalogueBadges() {
	}

	static Span state(SolutionState state, Component translator) {
		var badge = new Span(translator.getTranslation(state.messageKey()));
		badge.addClassNames("badge", "badge-" + state.name().toLowerCase(Locale.ROOT));
		return badge;
	}

	/** "TRL 8 · System complete and qualified". */
	static String readiness(int trl, Component translator) {
		return translator.getTranslation("catalogue.trl.label", trl, translator.getTranslation("catalogue.trl." + trl));
	}

}
