package org.pilotbridge.evaluation.ui;

import java.time.Instant;
import java.util.Objects;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.NotFoundException;
import jakarta.annotation.security.PermitAll;

import org.pilotbridge.evaluation.BidderRequests;
import org.pilotbridge.evaluation.BidderRequests.BidderDecision;
import org.pilotbridge.evaluation.Debriefing;
import org.pilotbridge.evaluation.ReviewRequest;
import org.pilotbridge.proposal.ProposalId;
import org.pilotbridge.proposal.ProposalNotFound;
import org.pilotbridge.shared.InvalidInput;
import org.pilotbridge.shared.ui.Confirmation;
import org.pilotbridge.shared.ui.FieldErrors;
import org.pilotbridge.shared.ui.Notifications;
import org.pilotbridge.shared.ui.Times;

/**
 * The decision about a company's proposal as its people see it, once the letters went
 * out: the outcome and when it comes into force; during the standstill period, a request
 * for review with its reasons; at any time, a request for a debriefing; and the agency's
 * answers.
 */
@Route(EvaluationNavigation.BIDDER_DECISION)
@PermitAll
class BidderDecisionView extends EvaluationPage<ProposalId> {

	private final BidderRequests requests;

	BidderDecisionView(BidderRequests requests) {
		super("proposal", ProposalId::of);
		this.requests = requests;
	}

	@Override
	void show(ProposalId proposal) {
		removeAll();
		BidderDecision view;
		try {
			view = requests.decision(proposal);
		}
		catch (ProposalNotFound notTheirs) {
			// Another company's proposal is not found, like one that does not exist.
			throw new NotFoundException();
		}
		var title = getTranslation("evaluation.bidder-decision.title") + " – "
				+ Objects.requireNonNullElse(view.challenge().reference(), "");
		titled(title);
		add(new H1(title), new Paragraph(view.challenge().title()));
		add(outcome(view));
		if (view.decision() != null) {
			add(review(proposal, view), debriefing(proposal, view));
		}
	}

	private Section outcome(BidderDecision view) {
		var section = new Section(new H2(getTranslation("evaluation.bidder-decision.outcome")));
		section.setId("bidder-outcome");
		var decision = view.decision();
		if (decision == null) {
			section.add(new Paragraph(getTranslation("evaluation.bidder-decision.pending")));
			return section;
		}
		section.add(new Paragraph(getTranslation(
				view.awarded() ? "evaluation.bidder-decision.awarded" : "evaluation.bidder-decision.not-awarded")));
		var finalisedAt = decision.finalisedAt();
		var standstillEnds = decision.standstillEndsAt();
		var when = new Paragraph(finalisedAt != null
				? getTranslation("evaluation.bidder-decision.final", time(finalisedAt, view)) : getTranslation(
						"evaluation.bidder-decision.standstill", time(Objects.requireNonNull(standstillEnds), view)));
		when.setId("bidder-standstill");
		section.add(when);
		return section;
	}

	private Section review(ProposalId proposal, BidderDecision view) {
		var section = new Section(new H2(getTranslation("evaluation.review.title")));
		section.setId("bidder-review");
		var review = view.review();
		if (review != null) {
			section.add(new Paragraph(getTranslation("evaluation.review.filed-at", time(review.filedAt(), view))),
					new Paragraph(review.reasons()));
			var answer = new Paragraph(review.isAnswered()
					? getTranslation(review.upheld() ? "evaluation.review.upheld-answer" : "evaluation.review.answer")
							+ ": " + review.answer()
					: getTranslation("evaluation.review.waiting"));
			answer.setId("bidder-review-answer");
			section.add(answer);
			return section;
		}
		if (!view.mayRequestReview()) {
			section.add(new Paragraph(getTranslation("evaluation.review.closed")));
			return section;
		}
		section.add(new Paragraph(getTranslation("evaluation.review.explain")));
		var reasons = new TextArea(getTranslation("evaluation.review.reasons"));
		reasons.setWidthFull();
		reasons.setMaxLength(ReviewRequest.TEXT_MAX_LENGTH);
		reasons.setHelperText(getTranslation("evaluation.request.text-help", BidderRequests.TEXT_MIN_LENGTH));
		reasons.setId("review-reasons");
		var errors = new FieldErrors().bind("reasons", reasons);
		var file = new Button(getTranslation("evaluation.review.file"),
				click -> Confirmation.ask(this, getTranslation("evaluation.review.confirm.title"),
						getTranslation("evaluation.review.confirm.what"),
						getTranslation("evaluation.review.confirm.who"), getTranslation("evaluation.review.file"),
						() -> send(proposal, errors, () -> requests.requestReview(proposal, reasons.getValue()),
								"evaluation.review.filed")));
		file.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		file.setId("file-review");
		section.add(reasons, file);
		return section;
	}

	private Section debriefing(ProposalId proposal, BidderDecision view) {
		var section = new Section(new H2(getTranslation("evaluation.debriefing.title")));
		section.setId("bidder-debriefing");
		var debriefing = view.debriefing();
		if (debriefing != null) {
			section.add(new Paragraph(debriefing.message()));
			answer(debriefing, view, section);
			return section;
		}
		section.add(new Paragraph(getTranslation("evaluation.debriefing.explain")));
		var message = new TextArea(getTranslation("evaluation.debriefing.message"));
		message.setWidthFull();
		message.setMaxLength(Debriefing.MESSAGE_MAX_LENGTH);
		message.setHelperText(getTranslation("evaluation.request.text-help", BidderRequests.TEXT_MIN_LENGTH));
		message.setId("debriefing-message");
		var errors = new FieldErrors().bind("message", message);
		var ask = new Button(getTranslation("evaluation.debriefing.ask"), click -> send(proposal, errors,
				() -> requests.askDebriefing(proposal, message.getValue()), "evaluation.debriefing.asked"));
		ask.setId("ask-debriefing");
		section.add(message, ask);
		return section;
	}

	private void answer(Debriefing debriefing, BidderDecision view, Section section) {
		if (!debriefing.isAnswered()) {
			section.add(new Paragraph(getTranslation("evaluation.review.waiting")));
			return;
		}
		if (debriefing.meetingAt() != null) {
			section.add(new Paragraph(getTranslation("evaluation.debriefing.meeting-at",
					time(Objects.requireNonNull(debriefing.meetingAt()), view))));
		}
		if (debriefing.answer() != null) {
			section.add(new Paragraph(getTranslation("evaluation.debriefing.answer") + ": " + debriefing.answer()));
		}
	}

	private void send(ProposalId proposal, FieldErrors errors, Runnable action, String doneKey) {
		try {
			errors.clear();
			action.run();
			Notifications.success(getTranslation(doneKey));
			show(proposal);
		}
		catch (InvalidInput invalid) {
			errors.show(invalid, this);
		}
	}

	private String time(Instant instant, BidderDecision view) {
		return Times.dateTime(instant, Times.viewerZone(view.challenge().timeZone()), getLocale());
	}

}
