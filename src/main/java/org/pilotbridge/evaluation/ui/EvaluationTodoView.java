package org.pilotbridge.evaluation.ui;

import java.time.Clock;
import java.util.Objects;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;

import org.pilotbridge.evaluation.AwardApproval;
import org.pilotbridge.evaluation.EvaluationQuery;
import org.pilotbridge.evaluation.EvaluationViews.PanelTask;
import org.pilotbridge.shared.ui.WorkspacePage;

/**
 * The evaluator's to-do list: the panels they sit on and what is left to do on each.
 */
@Route(EvaluationNavigation.TODO)
@Menu(order = 4, title = "evaluation.menu.todo", icon = "vaadin:check-square-o")
@PermitAll
class EvaluationTodoView extends WorkspacePage implements AfterNavigationObserver, HasDynamicTitle {

	private final EvaluationQuery query;

	private final AwardApproval approval;

	private final Clock clock;

	EvaluationTodoView(EvaluationQuery query, AwardApproval approval, Clock clock) {
		this.query = query;
		this.approval = approval;
		this.clock = clock;
	}

	@Override
	public void afterNavigation(AfterNavigationEvent event) {
		removeAll();
		add(new H1(getTranslation("evaluation.todo.title")));
		var approvals = approval.awaitingMyApproval();
		if (!approvals.isEmpty()) {
			var list = new UnorderedList();
			list.setId("awaiting-approval");
			approvals.forEach(challenge -> list.add(new ListItem(
					new RouterLink(Objects.requireNonNullElse(challenge.reference(), "") + " – " + challenge.title(),
							DecisionView.class, EvaluationNavigation.challenge(challenge.id())))));
			add(new H2(getTranslation("evaluation.todo.approvals")), list);
		}
		var tasks = query.todo();
		if (tasks.isEmpty() && approvals.isEmpty()) {
			add(new Paragraph(getTranslation("evaluation.todo.none")));
			return;
		}
		var list = new UnorderedList();
		list.setId("evaluation-tasks");
		tasks.forEach(task -> list.add(item(task)));
		add(list);
	}

	private ListItem item(PanelTask task) {
		var item = new ListItem();
		var parameters = EvaluationNavigation.challenge(task.challenge());
		// The title in a block of its own: a link inside the item's text must be
		// underlined.
		item.add(new Div(
				new RouterLink(task.reference() + " – " + task.title(), EvaluationChallengeView.class, parameters)));
		item.add(new Paragraph(getTranslation(task.role().messageKey()) + " · "
				+ getTranslation("challenge.state-name." + task.state().name())));
		if (task.decision() != null) {
			item.add(new Paragraph(getTranslation("evaluation.todo.decided")));
		}
		else if (!task.declared()) {
			item.add(new Paragraph(
					new RouterLink(getTranslation("evaluation.todo.declare"), DeclarationView.class, parameters)));
		}
		else if (task.role().scores() && task.toScore() > 0) {
			item.add(new Paragraph(
					getTranslation("evaluation.todo.to-score", task.toScore(), task.proposals() - task.recused())));
		}
		if (task.decision() == null && task.role().scores() && (!task.declared() || task.toScore() > 0)) {
			item.add(ScoringDueNote.of(task.scoringDue(), clock.instant(), this));
		}
		if (task.role().chairs() || task.standIn()) {
			item.add(new Paragraph(new RouterLink(getTranslation("evaluation.todo.progress", task.consensusPending()),
					ProgressView.class, parameters)));
		}
		return item;
	}

	@Override
	public String getPageTitle() {
		return getTranslation("evaluation.todo.title") + " · Pilotbridge";
	}

}
