package org.pilotbridge.proposal.ui;

import java.time.Clock;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

import org.pilotbridge.challenge.ChallengeSummary;
import org.pilotbridge.challenge.ui.ChallengeNavigation;
import org.pilotbridge.shared.ui.Times;

/** What heads the proposal page: the challenge it answers, its deadline, and notices. */
final class ProposalHeader {

	private ProposalHeader() {
	}

	static Paragraph challengeLink(ChallengeSummary challenge, Component translator) {
		var link = ChallengeNavigation.publicPage(challenge.reference(), challenge.title());
		link.setId("challenge-link");
		return new Paragraph(new Span(translator.getTranslation("proposal.view.for") + " "), link);
	}

	static Paragraph deadline(ChallengeSummary challenge, Clock clock, Component translator) {
		var deadline = challenge.proposalsDeadline();
		var text = translator.getTranslation("proposal.view.deadline",
				Times.deadline(deadline, challenge.timeZone(), translator));
		if (challenge.isOpenAt(clock.instant())) {
			text += " — " + Times.timeLeft(deadline, clock, translator);
		}
		var paragraph = new Paragraph(text);
		paragraph.setId("proposal-deadline");
		return paragraph;
	}

	static Div notice(String text, String className) {
		var notice = new Div(text);
		notice.addClassName(className);
		notice.getElement().setAttribute("role", "note");
		return notice;
	}

}
