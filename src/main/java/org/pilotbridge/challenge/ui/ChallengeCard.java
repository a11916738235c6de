package org.pilotbridge.challenge.ui;

import java.time.Clock;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteParameters;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

import org.pilotbridge.challenge.AwardNotice;
import org.pilotbridge.challenge.ChallengeState;
import org.pilotbridge.challenge.SearchHit;
import org.pilotbridge.shared.ui.Times;

/**
 * One challenge in the public list: title and summary with the search words highlighted, the agency,
 * the budget and the time left, and how it ended once it has.
 * <p>
 * A card is one element whose content is built as HTML, every text escaped by jsoup, rather than a
 * component per text: every visitor of the list holds twenty cards in their session, and with some
 * fifteen components each a card cost 16 kB of it (see "Public read path" in docs/benchmarks.md).
 */
final class ChallengeCard {

	private ChallengeCard() {
	}

	static Html of(SearchHit hit, @Nullable AwardNotice notice, Clock clock, Locale locale, Component translator) {
		var document = Document.createShell("");
		document.outputSettings().prettyPrint(false);
		var card = document.body().appendElement("article").addClass("challenge-card");

		var href = RouteConfiguration.forApplicationScope()
			.getUrl(ChallengeView.class, new RouteParameters("reference", hit.reference()));
		appendSegments(card.appendElement("h2").appendElement("a").attr("href", href).attr("router-link", ""),
				hit.title());

		var facts = card.appendElement("div").addClass("facts");
		facts.appendElement("span").addClass("badge").addClass(ChallengeBadges.stateClass(hit.state()))
			.text(translator.getTranslation("challenge.state-name." + hit.state().name()));
		fact(facts, translator.getTranslation("challenge.view.agency"), hit.agencyName());
		fact(facts, translator.getTranslation("challenge.view.budget"), hit.budgetCap().format(locale));
		fact(facts, translator.getTranslation("challenge.view.deadline"),
				Times.date(hit.proposalsDeadline(), hit.timeZone(), locale) + (hit.state() == ChallengeState.PUBLISHED
						? " · " + Times.timeLeft(hit.proposalsDeadline(), clock, translator) : ""));

		appendSegments(card.appendElement("p"), hit.summary());
		if (notice != null) {
			card.appendElement("p").text(ChallengeView.awardText(notice, hit.timeZone(), locale, translator));
		}
		return new Html(card.outerHtml());
	}

	private static void fact(Element facts, String label, String value) {
		facts.appendElement("span").addClass("fact").text(label + ": " + value);
	}

	/** Highlighted words become {@code <mark>}; all text is added as text, never as HTML. */
	private static void appendSegments(Element parent, List<SearchHit.Segment> segments) {
		segments.forEach(segment -> parent.appendElement(segment.highlighted() ? "mark" : "span").text(segment.text()));
	}

}
