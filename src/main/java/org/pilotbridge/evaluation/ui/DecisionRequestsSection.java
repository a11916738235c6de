package org.pilotbridge.evaluation.ui;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextArea;

import org.pilotbridge.evaluation.AwardApproval.DecisionOverview;
import org.pilotbridge.evaluation.BidderRequests;
import org.pilotbridge.evaluation.Debriefing;
import org.pilotbridge.evaluation.ReviewRequest;
import org.pilotbridge.proposal.ProposalId;
import org.pilotbridge.shared.InvalidInput;
import org.pilotbridge.shared.ui.Confirmation;
import org.pilotbridge.shared.ui.DatePickers;
import org.pilotbridge.shared.ui.FieldErrors;
import org.pilotbridge.shared.ui.Notifications;
import org.pilotbridge.shared.ui.Times;

/**
 * The bidders' requests for review and for a debriefing on a decision, with the answers;
 * a manager answers each at its place (a review in writing, or upheld, which withdraws
 * the decision; a debriefing with a meeting, in writing, or both).
 */
class DecisionRequestsSection extends Div {

	private final BidderRequests requests;

	private final Runnable refreshed;

	DecisionRequestsSection(DecisionOverview overview, BidderRequests requests, Runnable refreshed) {
		this.requests = requests;
		this.refreshed = refreshed;
		add(reviews(overview), debriefings(overview));
	}

	/** A moment in the viewer's zone (else the challenge's), in the page's language. */
	static String time(Instant instant, DecisionOverview overview, Locale locale) {
		return Times.dateTime(instant, Times.viewerZone(overview.challenge().timeZone()), locale);
	}

	private Section reviews(DecisionOverview overview) {
		var section = new Section(new H2(getTranslation("evaluation.review.title")));
		section.setId("review-requests");
		if (overview.reviews().isEmpty()) {
			section.add(new Paragraph(getTranslation("evaluation.review.none")));
		}
		for (var review : overview.reviews()) {
			var item = new Div(new H3(companyOf(overview, review.proposal())), new Paragraph(
					getTranslation("evaluation.review.filed-at", time(review.filedAt(), overview, getLocale()))),
					new Paragraph(review.reasons()));
			item.addClassName("review-request");
			if (review.isAnswered()) {
				item.add(new Paragraph(
						getTranslation(review.upheld() ? "evaluation.review.upheld-answer" : "evaluation.review.answer")
								+ ": " + review.answer()));
			}
			else if (overview.mayAnswer()) {
				var answer = new TextArea(getTranslation("evaluation.review.answer"));
				answer.setWidthFull();
				answer.setMaxLength(ReviewRequest.TEXT_MAX_LENGTH);
				answer.setId("review-answer-" + review.id());
				var errors = new FieldErrors().bind("answer", answer);
				var send = new Button(getTranslation("evaluation.review.send-answer"),
						click -> answer(errors, () -> requests.answerReview(review.id(), answer.getValue())));
				send.setId("send-review-answer-" + review.id());
				var uphold = new Button(getTranslation("evaluation.review.uphold"),
						click -> Confirmation.ask(this, getTranslation("evaluation.review.uphold.confirm.title"),
								getTranslation("evaluation.review.uphold.confirm.what"),
								getTranslation("evaluation.review.uphold.confirm.who"),
								getTranslation("evaluation.review.uphold"),
								() -> answer(errors, () -> requests.upholdReview(review.id(), answer.getValue()))));
				uphold.addThemeVariants(ButtonVariant.LUMO_ERROR);
				uphold.setId("uphold-review-" + review.id());
				item.add(answer, new Div(send, uphold));
			}
			section.add(item);
		}
		return section;
	}

	private Section debriefings(DecisionOverview overview) {
		var section = new Section(new H2(getTranslation("evaluation.debriefing.title")));
		section.setId("debriefings");
		if (overview.debriefings().isEmpty()) {
			section.add(new Paragraph(getTranslation("evaluation.debriefing.none")));
		}
		for (var debriefing : overview.debriefings()) {
			var item = new Div(new H3(companyOf(overview, debriefing.proposal())), new Paragraph(
					getTranslation("evaluation.review.filed-at", time(debriefing.askedAt(), overview, getLocale()))),
					new Paragraph(debriefing.message()));
			if (debriefing.isAnswered()) {
				answered(debriefing, overview, item);
			}
			else if (overview.mayAnswer()) {
				var meeting = DatePickers
					.translated(new DateTimePicker(getTranslation("evaluation.debriefing.meeting")), this);
				meeting.setId("debriefing-meeting-" + debriefing.id());
				var answer = new TextArea(getTranslation("evaluation.debriefing.answer"));
				answer.setWidthFull();
				answer.setMaxLength(ReviewRequest.TEXT_MAX_LENGTH);
				answer.setId("debriefing-answer-" + debriefing.id());
				var errors = new FieldErrors().bind("meetingAt", meeting).bind("answer", answer);
				var zone = Times.viewerZone(overview.challenge().timeZone());
				var send = new Button(getTranslation("evaluation.debriefing.send-answer"),
						click -> answer(errors,
								() -> requests.answerDebriefing(debriefing.id(),
										meeting.getValue() == null ? null : meeting.getValue().atZone(zone).toInstant(),
										answer.getValue())));
				send.setId("send-debriefing-answer-" + debriefing.id());
				item.add(meeting, answer, send);
			}
			section.add(item);
		}
		return section;
	}

	private void answered(Debriefing debriefing, DecisionOverview overview, Div item) {
		if (debriefing.meetingAt() != null) {
			item.add(new Paragraph(getTranslation("evaluation.debriefing.meeting-at",
					time(Objects.requireNonNull(debriefing.meetingAt()), overview, getLocale()))));
		}
		if (debriefing.answer() != null) {
			item.add(new Paragraph(getTranslation("evaluation.debriefing.answer") + ": " + debriefing.answer()));
		}
	}

	private String companyOf(DecisionOverview overview, ProposalId proposal) {
		return overview.ranking()
			.stream()
			.filter(line -> line.ranked().proposal().equals(proposal))
			.map(line -> line.bidder().companyName())
			.findFirst()
			.orElse("");
	}

	private void answer(FieldErrors errors, Runnable action) {
		try {
			errors.clear();
			action.run();
			Notifications.success(getTranslation("evaluation.request.answer-sent"));
			refreshed.run();
		}
		catch (InvalidInput invalid) {
			errors.show(invalid, this);
		}
	}

}
