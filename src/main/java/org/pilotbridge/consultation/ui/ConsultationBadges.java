package org.pilotbridge.consultation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;

/**
 * Whether a consultation is open, in words, never by colour alone.
 */
final class ConsultationBadges {

	private ConsultationBadges() {
	}

	static Span open(boolean open, Component translator) {
		var badge = new Span(translator
			.getTranslation(open ? "catalogue.consultation.open" : "catalogue.consultation.closed-badge"));
		badge.addClassNames("badge", open ? "badge-published" : "badge-closed");
		return badge;
	}

}
