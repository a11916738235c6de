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
import com.vaadin.flow.spring.security.AuthenticationContext;

import org.pilotbridge.identity.CurrentPerson;
import org.pilotbridge.identity.InvitationManagement;
import org.pilotbridge.shared.InvalidInput;
import org.pilotbridge.shared.ui.Notifications;

/**
 * Where an invitation link leads. Anyone holding the link sees whom it is from and,
 * masked, to which address it was sent; accepting needs the person signed in with that
 * address, so a visitor is first sent to sign in or register and comes back here, and
 * someone signed in with another address is told how to sign in with the right one.
 */
@Route("invitations/:token")
@AnonymousAllowed
class InvitationView extends Main implements BeforeEnterObserver, HasDynamicTitle {

	private final InvitationManagement invitations;

	private final CurrentPerson current;

	private final AuthenticationContext authentication;

	InvitationView(InvitationManagement invitations, CurrentPerson current, AuthenticationContext authentication) {
		this.invitations = invitations;
		this.current = current;
		this.authentication = authentication;
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
			add(new Paragraph(
					getTranslation(preview.isEmpty() ? "identity.invitation.unknown" : "identity.invitation.closed")));
			return;
		}
		var invitation = preview.get();
		add(new Paragraph(getTranslation("identity.invitation.text", invitation.organisationName(),
				getTranslation("identity.role." + invitation.role().name().toLowerCase(Locale.ROOT)),
				invitation.maskedEmail())));
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
		if (!invitation.addressedToYou()) {
			addOtherAddress(invitation.maskedEmail());
			return;
		}
		add(acceptButton(token));
	}

	/**
	 * Tells someone signed in with another address that the invitation is not theirs, and
	 * how to sign in.
	 */
	private void addOtherAddress(String maskedEmail) {
		var notYours = new Paragraph(getTranslation("identity.invitation.other-address", maskedEmail));
		notYours.setId("invitation-other-address");
		add(notYours, new Paragraph(getTranslation("identity.invitation.other-address.how", maskedEmail)));
		var signOut = new Button(getTranslation("identity.invitation.sign-out"), click -> authentication.logout());
		signOut.setId("sign-out-for-invitation");
		add(signOut);
	}

	private Button acceptButton(String token) {
		var accept = new Button(getTranslation("identity.invitation.accept"), click -> {
			try {
				invitations.accept(token);
				Notifications.success(getTranslation("identity.invitation.accepted"));
				getUI().ifPresent(ui -> ui.navigate(OrganisationView.class));
			}
			catch (InvalidInput invalid) {
				var problem = invalid.problems().get(0);
				Notifications.error(getTranslation(problem.messageKey(), problem.arguments().toArray()));
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
