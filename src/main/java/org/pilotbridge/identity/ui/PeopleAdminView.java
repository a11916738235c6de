package org.pilotbridge.identity.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import org.pilotbridge.identity.PersonManagement;
import org.pilotbridge.identity.PersonSummary;
import org.pilotbridge.shared.InvalidInput;
import org.pilotbridge.shared.ui.Notifications;

/**
 * For platform administrators: people, and deactivating an account, which signs it out
 * everywhere and keeps it from signing in.
 */
@Route(IdentityNavigation.ADMIN_PEOPLE)
@RolesAllowed("PLATFORM_ADMIN")
class PeopleAdminView extends Main implements HasDynamicTitle {

	private final PersonManagement people;

	private final Grid<PersonSummary> grid = new Grid<>();

	private final TextField text = new TextField();

	PeopleAdminView(PersonManagement people) {
		this.people = people;
		setId("main-content");
		addClassName("page");
		text.setLabel(getTranslation("identity.admin.search"));
		text.setValueChangeMode(ValueChangeMode.LAZY);
		text.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
		grid.setAriaLabel(getTranslation("identity.admin.people.title"));
		grid.addColumn(PersonSummary::displayName).setHeader(getTranslation("identity.member.name")).setAutoWidth(true);
		grid.addColumn(PersonSummary::email).setHeader(getTranslation("identity.member.email")).setAutoWidth(true);
		grid.addColumn(p -> p.language().nativeName()).setHeader(getTranslation("identity.profile.language"));
		grid.addComponentColumn(
				p -> new Span(getTranslation(p.active() ? "identity.admin.active" : "identity.admin.deactivated")))
			.setHeader(getTranslation("identity.admin.account"));
		grid.addComponentColumn(this::action).setHeader(getTranslation("identity.member.actions")).setAutoWidth(true);
		grid.setItems(q -> people.search(text.getValue(), q.getOffset(), q.getLimit()).stream());
		grid.setId("people");
		add(new H1(getTranslation("identity.admin.people.title")), text, grid);
	}

	private Button action(PersonSummary person) {
		var button = person.active() ? new Button(getTranslation("identity.admin.deactivate"), click -> {
			try {
				people.deactivate(person.id());
				Notifications.success(getTranslation("identity.admin.deactivated-named", person.displayName()));
			}
			catch (InvalidInput invalid) {
				Notifications.error(getTranslation(invalid.problems().get(0).messageKey()));
			}
			grid.getDataProvider().refreshAll();
		}) : new Button(getTranslation("identity.admin.reactivate"), click -> {
			people.reactivate(person.id());
			Notifications.success(getTranslation("identity.admin.reactivated-named", person.displayName()));
			grid.getDataProvider().refreshAll();
		});
		button.addThemeVariants(person.active() ? ButtonVariant.LUMO_ERROR : ButtonVariant.LUMO_PRIMARY,
				ButtonVariant.LUMO_SMALL);
		button.setAriaLabel(
				getTranslation(person.active() ? "identity.admin.deactivate-named" : "identity.admin.reactivate-named",
						person.displayName()));
		return button;
	}

	@Override
	public String getPageTitle() {
		return getTranslation("identity.admin.people.title") + " · Pilotbridge";
	}

}
