package org.pilotbridge.identity.ui;

import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;

import org.pilotbridge.identity.OrganisationKind;
import org.pilotbridge.identity.OrganisationManagement;
import org.pilotbridge.shared.InvalidInput;
import org.pilotbridge.shared.ui.Notifications;

/**
 * "I represent an agency" and "I represent a company": registers the organisation with
 * the person as its first administrator. It can be used at once and waits for a platform
 * administrator's verification.
 */
@Route(IdentityNavigation.NEW_ORGANISATION + "/:kind(agency|company)")
@PermitAll
class OrganisationRegistrationView extends Main implements BeforeEnterObserver, HasDynamicTitle {

	private final OrganisationManagement organisations;

	private OrganisationKind kind = OrganisationKind.COMPANY;

	OrganisationRegistrationView(OrganisationManagement organisations) {
		this.organisations = organisations;
		setId("main-content");
		addClassNames("page", "prose");
	}

	static RouterLink linkFor(OrganisationKind kind, Component translator) {
		return new RouterLink(translator.getTranslation("identity.register." + key(kind) + ".action"),
				OrganisationRegistrationView.class, new RouteParameters("kind", key(kind)));
	}

	private static String key(OrganisationKind kind) {
		return kind.name().toLowerCase(Locale.ROOT);
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		var parameter = event.getRouteParameters().get("kind").orElseThrow(NotFoundException::new);
		kind = OrganisationKind.valueOf(parameter.toUpperCase(Locale.ROOT));
		removeAll();
		var form = new OrganisationForm(kind);
		var register = new Button(getTranslation("identity.register.submit"), click -> form.read().ifPresent(data -> {
			try {
				organisations.register(data);
				Notifications.success(getTranslation("identity.register.done", data.name()));
				getUI().ifPresent(ui -> ui.navigate(OrganisationView.class));
			}
			catch (InvalidInput invalid) {
				form.showProblems(invalid);
			}
		}));
		register.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		register.setId("register-organisation");
		add(new H1(getTranslation("identity.register." + key(kind) + ".title")),
				new Paragraph(getTranslation("identity.register." + key(kind) + ".intro")), form, register);
	}

	@Override
	public String getPageTitle() {
		return getTranslation("identity.register." + key(kind) + ".title") + " · Pilotbridge";
	}

}
