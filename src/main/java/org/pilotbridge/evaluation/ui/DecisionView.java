package org.pilotbridge.evaluation.ui;

import java.time.Instant;
import java.util.Objects;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

import org.pilotbridge.challenge.ChallengeId;
import org.pilotbridge.evaluation.AwardApproval;
import org.pilotbridge.evaluation.ReturnedDecision;
import org.pilotbridge.evaluation.AwardApproval.DecisionOverview;
import org.pilotbridge.evaluation.BidderRequests;
import org.pilotbridge.evaluation.Decision;
import org.pilotbridge.evaluation.Score;
import org.pilotbridge.shared.InvalidInput;
import org.pilotbridge.shared.ui.Confirmation;
import org.pilotbridge.shared.ui.Notifications;
import org.pilotbridge.shared.ui.ReasonDialog;

/**
 * The decision on a challenge for those answerable for it: the ranking and the decision
 * with who proposed and who approved it, the authorising officer's approval or sending
 * back, the decisions sent back, and the bidders' requests for review and debriefing with
 * the managers' answers.
 */
@Route(EvaluationNavigation.DECISION)
@PermitAll
class DecisionView extends EvaluationPage<ChallengeId> {

	private final AwardApproval approval;

	private final BidderRequests requests;

	DecisionView(AwardApproval approval, BidderRequests requests) {
		super("challenge", ChallengeId::of);
		this.approval = approval;
		this.requests = requests;
	}

	@Override
	void show(ChallengeId challenge) {
		removeAll();
		load("evaluation.decision-page.title", () -> approval.overview(challenge)).ifPresent(overview -> {
			var title = Objects.requireNonNullElse(overview.challenge().reference(), "") + " – "
					+ overview.challenge().title();
			titled(title);
			add(new H1(title));
			add(ranking(overview));
			add(decision(overview));
			if (overview.mayApprove()) {
				add(approvalForm(overview));
			}
			if (!overview.returned().isEmpty()) {
				add(returned(overview));
			}
			add(new DecisionRequestsSection(overview, requests, () -> show(challenge)));
		});
	}

	private Section ranking(DecisionOverview overview) {
		var grid = new RankingGrid(overview.ranking(), false);
		grid.setId("decision-ranking");
		return new Section(new H2(getTranslation("evaluation.report.ranking")), grid);
	}

	private Section decision(DecisionOverview overview) {
		var section = new Section(new H2(getTranslation("evaluation.report.decision")));
		section.setId("decision-state");
		var decision = overview.decision();
		if (decision == null) {
			section.add(new Paragraph(getTranslation("evaluation.decision-page.none")));
			return section;
		}
		section.add(new Paragraph(getTranslation("evaluation.decision-kind." + decision.kind())));
		if (!decision.winners().isEmpty()) {
			section.add(new Paragraph(getTranslation("evaluation.report.winners") + ": "
					+ String.join(", ",
							overview.ranking()
								.stream()
								.filter(line -> decision.awards(line.ranked().proposal()))
								.map(line -> line.bidder().companyName())
								.toList())));
		}
		if (!decision.justification().isEmpty()) {
			section.add(
					new Paragraph(getTranslation("evaluation.report.justification") + ": " + decision.justification()));
		}
		section.add(new Paragraph(getTranslation("evaluation.decision-page.proposed-by",
				overview.name(decision.decidedBy()), time(decision.decidedAt(), overview))));
		var status = new Paragraph(status(decision, overview));
		status.setId("decision-status");
		section.add(status);
		return section;
	}

	private String status(Decision decision, DecisionOverview overview) {
		if (decision.awaitsApproval()) {
			return getTranslation("evaluation.decision-page.awaiting-approval");
		}
		var approved = decision.approvedBy() == null ? ""
				: getTranslation("evaluation.decision-page.approved-by",
						overview.name(Objects.requireNonNull(decision.approvedBy())),
						time(Objects.requireNonNull(decision.approvedAt()), overview)) + " ";
		var finalisedAt = decision.finalisedAt();
		if (finalisedAt != null) {
			return approved + getTranslation("evaluation.decision-page.final", time(finalisedAt, overview));
		}
		return approved + getTranslation("evaluation.decision-page.standstill",
				time(Objects.requireNonNull(decision.standstillEndsAt()), overview));
	}

	/**
	 * The officer's declaration about the bidders, then approval (asked once) or sending
	 * back with a reason.
	 */
	private Section approvalForm(DecisionOverview overview) {
		var challenge = overview.challenge().id();
		var section = new Section(new H2(getTranslation("evaluation.approval.title")));
		section.setId("approval");
		section.add(new Paragraph(getTranslation("evaluation.approval.bidders")));
		var bidders = new UnorderedList();
		overview.ranking().forEach(line -> bidders.add(new ListItem(line.bidder().companyName())));
		section.add(bidders);
		var declaration = new Checkbox(getTranslation("evaluation.approval.declaration"));
		declaration.setId("approval-declaration");
		var approve = new Button(getTranslation("evaluation.approval.approve"), click -> Confirmation.ask(this,
				getTranslation("evaluation.approval.confirm.title"), getTranslation("evaluation.approval.confirm.what"),
				getTranslation("evaluation.approval.confirm.who"), getTranslation("evaluation.approval.approve"),
				() -> act(challenge, () -> approval.approve(challenge, declaration.getValue()),
						"evaluation.approval.approved")));
		approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		approve.setId("approve-decision");
		var sendBack = new Button(getTranslation("evaluation.approval.send-back"),
				click -> new ReasonDialog(getTranslation("evaluation.approval.send-back"),
						getTranslation("evaluation.approval.reason"), getTranslation("evaluation.approval.reason-help"),
						Score.JUSTIFICATION_MAX_LENGTH, getTranslation("evaluation.approval.send-back"), reason -> {
							approval.sendBack(challenge, reason);
							Notifications.success(getTranslation("evaluation.approval.sent-back"));
							show(challenge);
						})
					.open());
		sendBack.setId("send-back-decision");
		section.add(declaration, new Div(approve, sendBack));
		return section;
	}

	private Section returned(DecisionOverview overview) {
		var section = new Section(new H2(getTranslation("evaluation.decision-page.returned")));
		section.setId("returned-decisions");
		var list = new UnorderedList();
		overview.returned()
			.forEach(returned -> list.add(new ListItem(getTranslation(
					returned.cause() == ReturnedDecision.Cause.WITHDRAWN_AFTER_REVIEW
							? "evaluation.decision-page.withdrawn-line" : "evaluation.decision-page.returned-line",
					getTranslation("evaluation.decision-kind." + returned.kind()), overview.name(returned.decidedBy()),
					overview.name(returned.returnedBy()), time(returned.returnedAt(), overview), returned.reason()))));
		section.add(list);
		return section;
	}

	private void act(ChallengeId challenge, Runnable action, String doneKey) {
		try {
			action.run();
			Notifications.success(getTranslation(doneKey));
			show(challenge);
		}
		catch (InvalidInput invalid) {
			Notifications.error(Problems.text(invalid, this));
		}
	}

	private String time(Instant instant, DecisionOverview overview) {
		return DecisionRequestsSection.time(instant, overview, getLocale());
	}

}
