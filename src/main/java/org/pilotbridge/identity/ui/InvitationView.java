package org.pilotbridge.identity.ui;

import java.util.Locale;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import org.pilotbridge.identity.CurrentPerson;
import org.pilotbridge.identity.InvitationManagement;
import org.pilotbridge.shared.InvalidInput;
import org.pilotbridge.shared.ui.Notifications;

/**
 * Where an invitation link leads. Anyone holding the link sees whom it is from; accepting needs a
 * signed-in person, so a visitor is first sent to sign in or register and comes back here.
 */
@Route("invitations/:token")
@AnonymousAllowed
class InvitationView extends Main implements BeforeEnterObserver, HasDynamicTitle {

	private final InvitationManagement invitations;

	private final CurrentPerson current;

	InvitationView(InvitationManagement invitations, CurrentPerson current) {
		this.invitations = invitations;
		this.current = current;
		setId("main-content");
		addClassNames("page", "prose");
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		var token = event.getRouteParameters().get("token").orElse("");
		removeAll();
		add(new H1(getTranslation("identity.invitation.title")));
		var preview = invitations.preview(token);
		if (preview.isEmpty() || !preview.get().open()) {
			add(new Paragraph(getTranslation(preview.isEmpty() ? "identity.invitation.unknown" : "identity.invitation.closed")));
			return;
		}
		var invitation = preview.get();
		add(new Paragraph(getTranslation("identity.invitation.text", invitation.organisationName(),
				getTranslation("identity.role." + invitation.role().name().toLowerCase(Locale.ROOT)), invitation.email())));
		if (current.id().isEmpty()) {
			add(new Paragraph(getTranslation("identity.invitation.sign-in-first")));
			// A protected address: signing in (or registering first) leads back to it.
			var signIn = new Anchor("/invitations/" + token + "/accept", getTranslation("identity.invitation.sign-in"));
			signIn.setRouterIgnore(true);
			signIn.addClassName("button-primary");
			signIn.setId("sign-in-to-accept");
			add(new Paragraph(signIn));
			return;
		}
		add(acceptButton(token));
	}

	private Button acceptButton(String token) {
		var accept = new Button(getTranslation("identity.invitation.accept"), click -> {
			try {
				invitations.accept(token);
				Notifications.success(getTranslation("identity.invitation.accepted"));
				getUI().ifPresent(ui -> ui.navigate(OrganisationView.class));
			}
			catch (InvalidInput invalid) {
				Notifications.error(getTranslation(invalid.problems().get(0).messageKey()));
			}
		});
		accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		accept.setId("accept-invitation");
		return accept;
	}

	@Override
	public String getPageTitle() {
		return getTranslation("identity.invitation.title") + " · Pilotbridge";
	}

}
