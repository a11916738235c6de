package org.pilotbridge.challenge.ui;

import java.time.ZoneId;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import org.springframework.security.access.AccessDeniedException;

import org.pilotbridge.challenge.AgencyDashboard.Row;
import org.pilotbridge.challenge.AgencyDashboard;
import org.pilotbridge.challenge.ChallengeContribution;
import org.pilotbridge.challenge.ChallengeManagement;
import org.pilotbridge.challenge.ChallengeState;
import org.pilotbridge.shared.InvalidInput;
import org.pilotbridge.shared.ui.Confirmation;
import org.pilotbridge.shared.ui.Notifications;
import org.pilotbridge.shared.ui.Times;

/**
 * The agency's challenges by state, with their followers, questions waiting and proposals
 * received (only their number before the deadline), and what needs the manager's action.
 * A manager deletes a draft from its row, once confirmed, as from its editor, without
 * opening it.
 */
@Route(ChallengeNavigation.DASHBOARD)
@Menu(order = 2, title = "challenge.menu.dashboard", icon = "vaadin:dashboard")
@PermitAll
class AgencyDashboardView extends Main implements AfterNavigationObserver, HasDynamicTitle {

	private final AgencyDashboard dashboards;

	private final ChallengeManagement management;

	private final List<ChallengeContribution> contributions;

	AgencyDashboardView(AgencyDashboard dashboards, ChallengeManagement management,
			List<ChallengeContribution> contributions) {
		this.dashboards = dashboards;
		this.management = management;
		this.contributions = ChallengeContribution.inOrder(contributions);
		setId("main-content");
		addClassName("page");
	}

	@Override
	public void afterNavigation(AfterNavigationEvent event) {
		render();
	}

	private void render() {
		removeAll();
		AgencyDashboard.Dashboard dashboard;
		try {
			dashboard = dashboards.dashboard();
		}
		catch (AccessDeniedException notAnAgency) {
			add(new H1(getTranslation("challenge.dashboard.title")),
					new Paragraph(getTranslation("challenge.dashboard.agencies-only")));
			return;
		}
		add(new H1(getTranslation("challenge.dashboard.heading", dashboard.agencyName())));
		if (dashboard.manager()) {
			add(managerLinks());
		}
		var counts = new Div();
		counts.addClassName("cards");
		for (var state : ChallengeState.values()) {
			var count = dashboard.counts().getOrDefault(state, 0L);
			if (count > 0) {
				var card = new Div(new Span(String.valueOf(count)),
						new Paragraph(getTranslation("challenge.state-name." + state.name())));
				card.addClassNames("card", "count-card");
				counts.add(card);
			}
		}
		add(counts);
		if (!dashboard.needsAction().isEmpty()) {
			var list = new UnorderedList();
			dashboard.needsAction()
				.forEach(
						item -> list.add(new ListItem(new RouterLink(
								getTranslation("challenge.action." + item.action().name()) + ": "
										+ (item.title().isBlank() ? getTranslation("challenge.manage.untitled")
												: item.title())
										+ (item.count() > 0 ? " (" + item.count() + ")" : ""),
								ChallengeManageView.class, ChallengeNavigation.challenge(item.challenge())))));
			add(new Section(new H2(getTranslation("challenge.dashboard.needs-action")), list));
		}
		var grid = new Grid<Row>();
		grid.setAllRowsVisible(true);
		grid.setAriaLabel(getTranslation("challenge.dashboard.challenges"));
		grid.addComponentColumn(
				row -> new RouterLink(row.title().isBlank() ? getTranslation("challenge.manage.untitled") : row.title(),
						ChallengeManageView.class, ChallengeNavigation.challenge(row.id())))
			.setHeader(getTranslation("challenge.field.title"))
			.setFlexGrow(3);
		grid.addComponentColumn(row -> ChallengeBadges.state(row.state(), this))
			.setHeader(getTranslation("challenge.dashboard.state"));
		grid.addColumn(row -> row.proposalsDeadline() == null ? ""
				: Times.date(row.proposalsDeadline(), ZoneId.of("Europe/Brussels"), getLocale()))
			.setHeader(getTranslation("challenge.view.deadline"));
		grid.addColumn(Row::followers).setHeader(getTranslation("challenge.dashboard.followers"));
		grid.addColumn(Row::pendingQuestions).setHeader(getTranslation("challenge.dashboard.questions"));
		grid.addColumn(Row::submittedProposals).setHeader(getTranslation("challenge.dashboard.proposals"));
		if (dashboard.manager()) {
			grid.addComponentColumn(row -> row.deletable() ? deleteButton(row) : new Span())
				.setHeader(getTranslation("challenge.dashboard.actions"));
		}
		grid.setItems(dashboard.challenges());
		grid.setId("agency-challenges");
		add(new Section(new H2(getTranslation("challenge.dashboard.challenges")), grid));
	}

	private Button deleteButton(Row row) {
		var title = title(row);
		var delete = new Button(getTranslation("challenge.dashboard.delete-draft"), click -> confirmDelete(row));
		delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY_INLINE);
		delete.setAriaLabel(getTranslation("challenge.dashboard.delete-draft-label", title));
		delete.setId("delete-draft-" + row.id().id());
		return delete;
	}

	/**
	 * The confirmation the editor asks too; once deleted, the list is read again without
	 * the draft. A draft published or deleted meanwhile is refused with its reason.
	 */
	private void confirmDelete(Row row) {
		var title = title(row);
		Confirmation.ask(this, getTranslation("challenge.editor.delete-title"),
				getTranslation("challenge.editor.delete-what-happens", title),
				getTranslation("challenge.editor.delete-who-is-told"),
				getTranslation("challenge.editor.delete-confirm"), () -> {
					try {
						management.discardDraft(row.id());
						Notifications.success(getTranslation("challenge.editor.deleted", title));
					}
					catch (InvalidInput refused) {
						Notifications.error(refused);
					}
					render();
				});
	}

	private String title(Row row) {
		return row.title().isBlank() ? getTranslation("challenge.manage.untitled") : row.title();
	}

	/**
	 * A new challenge, and what the modules that depend on this one contribute (the
	 * pilots).
	 */
	private Paragraph managerLinks() {
		var create = new com.vaadin.flow.component.html.Anchor(ChallengeNavigation.NEW,
				getTranslation("challenge.dashboard.new"));
		create.addClassName("button-primary");
		create.setId("new-challenge");
		var links = new Paragraph(create);
		contributions.stream().flatMap(contribution -> contribution.dashboardLinks().stream()).forEach(link -> {
			var anchor = new com.vaadin.flow.component.html.Anchor(link.href(), getTranslation(link.textKey()));
			anchor.addClassName("button-secondary");
			anchor.setId(link.id());
			links.add(new Span(" "), anchor);
		});
		return links;
	}

	@Override
	public String getPageTitle() {
		return getTranslation("challenge.dashboard.title") + " · Pilotbridge";
	}

}
