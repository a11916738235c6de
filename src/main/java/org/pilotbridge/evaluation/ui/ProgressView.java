package org.pilotbridge.evaluation.ui;

import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.Supplier;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import org.springframework.security.access.AccessDeniedException;

import org.pilotbridge.challenge.ChallengeId;
import org.pilotbridge.challenge.ChallengeState;
import org.pilotbridge.evaluation.AwardManagement;
import org.pilotbridge.evaluation.EvaluationQuery;
import org.pilotbridge.evaluation.EvaluationViews.MemberProgress;
import org.pilotbridge.evaluation.EvaluationViews.Progress;
import org.pilotbridge.evaluation.EvaluationViews.ProposalProgress;
import org.pilotbridge.evaluation.EvaluationViews.Ranking;
import org.pilotbridge.evaluation.EvaluationViews.RankingLine;
import org.pilotbridge.proposal.ProposalId;
import org.pilotbridge.shared.InvalidInput;
import org.pilotbridge.shared.ui.Confirmation;
import org.pilotbridge.shared.ui.Notifications;

/**
 * The chair's view of an evaluation: who has declared, who has scored what, where the
 * spread is large, the consensus to record, the ranking with its tie rule, and the
 * decision.
 */
@Route(EvaluationNavigation.PROGRESS)
@PermitAll
class ProgressView extends EvaluationPage<ChallengeId> {

	private final EvaluationQuery query;

	private final AwardManagement awards;

	private final Clock clock;

	ProgressView(EvaluationQuery query, AwardManagement awards, Clock clock) {
		super("challenge", ChallengeId::of);
		this.query = query;
		this.awards = awards;
		this.clock = clock;
	}

	@Override
	void show(ChallengeId challenge) {
		removeAll();
		try {
			var progress = query.progress(challenge);
			var title = progress.reference() + " – " + progress.title();
			titled(title);
			add(new H1(title), new Paragraph(getTranslation("challenge.state-name." + progress.state().name())));
			if (progress.state() == ChallengeState.UNDER_EVALUATION) {
				add(ScoringDueNote.of(progress.scoringDue(), clock.instant(), this));
			}

			add(new Section(new H2(getTranslation("evaluation.report.panel")), members(progress)));
			add(new Section(new H2(getTranslation("evaluation.challenge.proposals")), proposals(progress)));
			ranking(challenge, query.ranking(challenge));
		}
		catch (AccessDeniedException refused) {
			add(new H1(getTranslation("evaluation.todo.title")),
					new Paragraph(getTranslation("evaluation.not-on-panel")));
		}
	}

	/** Who is on the panel, and whether each has declared. */
	private Grid<MemberProgress> members(Progress progress) {
		var members = new Grid<MemberProgress>();
		members.setAllRowsVisible(true);
		members.setAriaLabel(getTranslation("evaluation.report.panel"));
		members.addColumn(m -> m.member().name()).setHeader(getTranslation("evaluation.report.name"));
		members.addColumn(m -> getTranslation(m.member().role().messageKey()))
			.setHeader(getTranslation("evaluation.report.role"));
		members
			.addColumn(m -> m.declaredAt() == null ? getTranslation("evaluation.progress.not-declared")
					: getTranslation("evaluation.progress.declared"))
			.setHeader(getTranslation("evaluation.report.declarations"));
		members.addColumn(m -> String.join("; ", m.conflicts()))
			.setHeader(getTranslation("evaluation.report.conflict"));
		members.setItems(progress.members());
		members.setId("panel-progress");
		return members;
	}

	/** Each proposal's scores, the criteria the panel disagrees on, and its consensus. */
	private Grid<ProposalProgress> proposals(Progress progress) {
		var proposals = new Grid<ProposalProgress>();
		proposals.setAllRowsVisible(true);
		proposals.setAriaLabel(getTranslation("evaluation.challenge.proposals"));
		proposals
			.addComponentColumn(
					p -> UnverifiedFlag.company(p.bidder().companyName(), p.bidder().unverifiedCompany(), this))
			.setHeader(getTranslation("evaluation.report.company"));
		for (int i = 0; i < progress.members().size(); i++) {
			var index = i;
			var member = progress.members().get(i).member();
			if (member.role().scores()) {
				proposals.addColumn(p -> getTranslation(p.states().get(index).messageKey())).setHeader(member.name());
			}
		}
		proposals.addComponentColumn(p -> {
			var flagged = new Span(
					p.flaggedCriteria() == 0 ? "" : getTranslation("evaluation.progress.flagged", p.flaggedCriteria()));
			if (p.flaggedCriteria() > 0) {
				flagged.getElement().getThemeList().add("badge error");
			}
			return flagged;
		}).setHeader(getTranslation("evaluation.progress.spread"));
		proposals
			.addComponentColumn(p -> !p.allScoresIn() ? new Span(getTranslation("evaluation.progress.waiting"))
					: p.recordedByYou()
							? new RouterLink(
									getTranslation(p.consensus() ? "evaluation.progress.consensus-done"
											: "evaluation.progress.consensus"),
									ConsensusView.class, EvaluationNavigation.proposal(p.bidder().proposal()))
							: new Span(getTranslation(p.consensus() ? "evaluation.progress.consensus-recorded"
									: "evaluation.progress.consensus-by-other")))
			.setHeader(getTranslation("evaluation.report.consensus"));
		proposals.setItems(progress.proposals());
		proposals.setId("proposal-progress");
		return proposals;
	}

	private void ranking(ChallengeId challenge, Ranking ranking) {
		var section = new Section(new H2(getTranslation("evaluation.report.ranking")),
				new Paragraph(getTranslation("evaluation.report.tie-rule")));
		var grid = new RankingGrid(ranking.lines(), true);
		grid.setId("ranking");
		section.add(grid);
		if (ranking.hiddenRecused() > 0) {
			var hidden = new Paragraph(getTranslation("evaluation.ranking.hidden-recused", ranking.hiddenRecused()));
			hidden.setId("ranking-hidden");
			section.add(hidden);
		}
		add(section);
		add(decision(challenge, ranking));
	}

	/**
	 * The decision taken, or the form to propose one once every consensus is recorded.
	 */
	private Section decision(ChallengeId challenge, Ranking ranking) {
		var decision = new Section(new H2(getTranslation("evaluation.report.decision")));
		decision.setId("decision");
		if (ranking.decision() != null) {
			decision.add(new Paragraph(getTranslation("evaluation.decision-kind." + ranking.decision().kind())));
			var status = new Paragraph(getTranslation(ranking.decision().awaitsApproval()
					? "evaluation.decision.awaiting-approval" : "evaluation.decision.approved-or-in-force"));
			status.setId("decision-status");
			decision.add(status);
			if (!ranking.decision().winners().isEmpty()) {
				decision.add(new Paragraph(getTranslation("evaluation.report.winners") + ": "
						+ String.join(", ",
								ranking.lines()
									.stream()
									.filter(line -> ranking.decision().awards(line.ranked().proposal()))
									.map(line -> line.bidder().companyName())
									.toList())));
			}
			var report = new Anchor("/evaluation-documents/challenges/" + challenge + "/report",
					getTranslation("evaluation.progress.report"));
			report.getElement().setAttribute("download", true);
			decision
				.add(new Paragraph(report, new Span(" · "), new RouterLink(getTranslation("evaluation.decision.page"),
						DecisionView.class, EvaluationNavigation.challenge(challenge))));
		}
		else if (ranking.complete() && !ranking.mayDecide()) {
			decision.add(new Paragraph(getTranslation("evaluation.decision.not-yours")));
		}
		else if (ranking.complete()) {
			propose(challenge, ranking, decision);
		}
		else {
			decision.add(new Paragraph(getTranslation("evaluation.decision.consensus-missing")));
		}
		return decision;
	}

	/** The winners to propose with a justification, or no award with a reason. */
	private void propose(ChallengeId challenge, Ranking ranking, Section decision) {
		var awardable = ranking.lines().stream().filter(line -> line.ranked().awardable()).toList();
		var proposed = awardable.stream()
			.filter(line -> ranking.proposedWinners().contains(line.ranked().proposal()))
			.toList();
		Supplier<List<ProposalId>> chosen;
		Component choice;
		if (ranking.pilotsToAward() == 1) {
			var winner = new ComboBox<RankingLine>(getTranslation("evaluation.decision.winner"));
			winner.setItems(awardable);
			winner.setItemLabelGenerator(line -> line.ranked().rank() + ". " + line.bidder().companyName());
			proposed.stream().findFirst().ifPresent(winner::setValue);
			chosen = () -> winner.getValue() == null ? List.of() : List.of(winner.getValue().ranked().proposal());
			choice = winner;
		}
		else {
			var winners = new CheckboxGroup<RankingLine>(
					getTranslation("evaluation.decision.winners", ranking.pilotsToAward()));
			winners.setItems(awardable);
			winners.setItemLabelGenerator(line -> line.ranked().rank() + ". " + line.bidder().companyName());
			winners.setValue(new LinkedHashSet<>(proposed));
			winners.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
			chosen = () -> winners.getValue().stream().map(line -> line.ranked().proposal()).toList();
			choice = winners;
		}
		choice.setId("winners");
		var justification = new TextArea(getTranslation("evaluation.decision.justification"));
		justification.setHelperText(getTranslation("evaluation.decision.justification-help"));
		justification.setWidthFull();
		var award = new Button(getTranslation("evaluation.decision.award"),
				click -> confirm(challenge, "evaluation.decision.award",
						() -> awards.proposeAward(challenge, chosen.get(), justification.getValue())));
		award.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		award.setId("propose-award");
		var reason = new TextArea(getTranslation("evaluation.decision.no-award-reason"));
		reason.setWidthFull();
		var noAward = new Button(getTranslation("evaluation.decision.no-award"), click -> confirm(challenge,
				"evaluation.decision.no-award", () -> awards.proposeNoAward(challenge, reason.getValue())));
		noAward.setId("propose-no-award");
		decision.add(new Div(choice, justification, award), new Div(reason, noAward));
	}

	/**
	 * Asks once, saying who is told: the authorising officers where the agency wants an
	 * approval, otherwise every bidder at once.
	 */
	private void confirm(ChallengeId challenge, String actionKey, Runnable decision) {
		Confirmation.ask(this, getTranslation("evaluation.decision.confirm.title"),
				getTranslation("evaluation.decision.confirm.what"), getTranslation("evaluation.decision.confirm.who"),
				getTranslation(actionKey), () -> decide(challenge, decision));
	}

	private void decide(ChallengeId challenge, Runnable decision) {
		try {
			decision.run();
			Notifications.success(getTranslation("evaluation.decision.done"));
			show(challenge);
		}
		catch (InvalidInput invalid) {
			Notifications.error(Problems.text(invalid, this));
		}
	}

}
