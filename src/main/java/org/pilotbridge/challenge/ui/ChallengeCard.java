package org.pilotbridge.challenge.ui;

import java.time.Clock;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

import org.jspecify.annotations.Nullable;

import org.pilotbridge.challenge.AwardNotice;
import org.pilotbridge.challenge.ChallengeState;
import org.pilotbridge.challenge.SearchHit;
import org.pilotbridge.shared.ui.Times;

/**
 * One challenge in the public list: title and summary with the search words highlighted, the agency,
 * the budget and the time left, and how it ended once it has.
 */
class ChallengeCard extends Article {

	ChallengeCard(SearchHit hit, @Nullable AwardNotice notice, Clock clock) {
		addClassName("challenge-card");
		var title = new RouterLink();
		title.setRoute(ChallengeView.class, new RouteParameters("reference", hit.reference()));
		segments(hit.title()).forEach(title.getElement()::appendChild);
		var heading = new H2(title);

		var summary = new Paragraph();
		segments(hit.summary()).forEach(summary.getElement()::appendChild);

		var locale = getLocale();
		var facts = new Div(ChallengeBadges.state(hit.state(), this),
				fact(getTranslation("challenge.view.agency"), hit.agencyName()),
				fact(getTranslation("challenge.view.budget"), hit.budgetCap().format(locale)),
				fact(getTranslation("challenge.view.deadline"),
						Times.date(hit.proposalsDeadline(), hit.timeZone(), locale) + (hit.state() == ChallengeState.PUBLISHED
								? " · " + Times.timeLeft(hit.proposalsDeadline(), clock, this) : "")));
		facts.addClassName("facts");
		add(heading, facts, summary);
		if (notice != null) {
			add(new Paragraph(ChallengeView.awardText(notice, hit.timeZone(), locale, this)));
		}
	}

	private static Span fact(String label, String value) {
		var fact = new Span(label + ": " + value);
		fact.addClassName("fact");
		return fact;
	}

	/** Highlighted words become {@code <mark>}; all text is set as text, never as HTML. */
	static List<Element> segments(List<SearchHit.Segment> segments) {
		return segments.stream().map(segment -> {
			var element = new Element(segment.highlighted() ? "mark" : "span");
			element.setText(segment.text());
			return element;
		}).toList();
	}

	static String stateKey(ChallengeState state) {
		return "challenge.state-name." + state.name().toUpperCase(Locale.ROOT);
	}

}
