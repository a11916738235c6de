package org.pilotbridge.catalogue.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
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

import org.pilotbridge.catalogue.CatalogueSettings;
import org.pilotbridge.catalogue.SolutionQuery;
import org.pilotbridge.catalogue.SolutionQuery.MySolutions;
import org.pilotbridge.catalogue.SolutionState;
import org.pilotbridge.shared.ui.Notifications;
import org.pilotbridge.shared.ui.Times;

/**
 * The company's catalogue page: its solutions with where each stands (draft, waiting for
 * screening, refused with the reason, in the catalogue), a way to add one, and whether
 * the company hears of new challenges that match them.
 */
@Route(CatalogueNavigation.MY_SOLUTIONS)
@Menu(order = 4, title = "catalogue.menu.my-solutions", icon = "vaadin:briefcase")
@PermitAll
class MySolutionsView extends Main implements AfterNavigationObserver, HasDynamicTitle {

	private final SolutionQuery query;

	private final CatalogueSettings settings;

	MySolutionsView(SolutionQuery query, CatalogueSettings settings) {
		this.query = query;
		this.settings = settings;
		setId("main-content");
		addClassName("page");
	}

	@Override
	public void afterNavigation(AfterNavigationEvent event) {
		removeAll();
		var mine = query.mine();
		if (mine.company() == null) {
			add(new H1(getTranslation("catalogue.mine.title")),
					new Paragraph(getTranslation("catalogue.mine.companies-only")));
			return;
		}
		var company = mine.company();
		add(new H1(getTranslation("catalogue.mine.heading", mine.companyName())),
				new Paragraph(getTranslation("catalogue.mine.intro")));
		var create = new Anchor(CatalogueNavigation.NEW_SOLUTION, getTranslation("catalogue.mine.new"));
		create.addClassName("button-primary");
		create.setId("new-solution");
		add(new Paragraph(create));
		add(solutions(mine));

		var news = new Checkbox(getTranslation("catalogue.mine.match-notifications"),
				settings.matchNotifications(company));
		news.setHelperText(getTranslation("catalogue.mine.match-notifications-help"));
		news.setId("match-notifications");
		news.addValueChangeListener(change -> {
			if (change.isFromClient()) {
				settings.setMatchNotifications(company, change.getValue());
				Notifications.success(getTranslation(change.getValue() ? "catalogue.mine.match-notifications-on"
						: "catalogue.mine.match-notifications-off"));
			}
		});
		add(new Section(new H2(getTranslation("catalogue.mine.settings")), news));
	}

	private Section solutions(MySolutions mine) {
		var section = new Section(new H2(getTranslation("catalogue.mine.solutions")));
		if (mine.solutions().isEmpty()) {
			section.add(new Paragraph(getTranslation("catalogue.mine.none")));
			return section;
		}
		var list = new UnorderedList();
		list.addClassName("plain-list");
		list.setId("my-solutions");
		mine.solutions().forEach(row -> {
			var name = new RouterLink(row.name().isBlank() ? getTranslation("catalogue.solution.untitled") : row.name(),
					SolutionEditorView.class, CatalogueNavigation.solution(row.id()));
			var item = new ListItem(new H3(name), CatalogueBadges.state(row.state(), this));
			if (row.isPublic()) {
				var online = CatalogueNavigation.solutionPage(row.reference(),
						getTranslation("catalogue.mine.public-page"));
				item.add(new Span(" "), online);
				if (row.state() != SolutionState.PUBLISHED) {
					item.add(new Paragraph(getTranslation("catalogue.mine.older-version-online")));
				}
			}
			if (row.rejectionReason() != null) {
				var reason = new Div(getTranslation("catalogue.mine.refused-because", row.rejectionReason()));
				reason.addClassName("alert-error");
				item.add(reason);
			}
			item.add(new Paragraph(getTranslation("catalogue.mine.changed",
					Times.date(row.updatedAt(), java.time.ZoneId.of("Europe/Brussels"), getLocale()))));
			item.addClassName("card");
			list.add(item);
		});
		section.add(list);
		return section;
	}

	@Override
	public String getPageTitle() {
		return getTranslation("catalogue.mine.title") + " · Pilotbridge";
	}

}
