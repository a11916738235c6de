package org.pilotbridge.evaluation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;

import org.pilotbridge.evaluation.PanelManagement;
import org.pilotbridge.shared.InvalidInput;

/**
 * The page an invitation to a panel links to. Reaching it makes a visitor sign in (or
 * create an account on the way); then the person the invitation was sent to accepts.
 * Someone signed in with another address is told, with the invited address masked, how to
 * sign in with the right account.
 */
@Route(EvaluationNavigation.INVITATION)
@PermitAll
class PanelInvitationView extends Main implements BeforeEnterObserver, HasDynamicTitle {

	private final PanelManagement panels;

	private final AuthenticationContext authentication;

	PanelInvitationView(PanelManagement panels, AuthenticationContext authentication) {
		this.panels = panels;
		this.authentication = authentication;
		setId("main-content");
		addClassName("page");
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		removeAll();
		var token = event.getRouteParameters().get("token").orElse("");
		add(new H1(getTranslation("evaluation.invitation.title")));
		var invitation = panels.invitation(token);
		if (invitation.isEmpty()) {
			add(new Paragraph(getTranslation("evaluation.invitation.unknown")));
			return;
		}
		add(new Paragraph(
				getTranslation("evaluation.invitation.text", getTranslation(invitation.get().role().messageKey()))),
				new Paragraph(getTranslation("evaluation.invitation.challenge", invitation.get().challengeReference(),
						invitation.get().challengeTitle())));
		if (!invitation.get().addressedToYou()) {
			var notYours = new Paragraph(
					getTranslation("evaluation.invitation.other-address", invitation.get().maskedEmail()));
			notYours.setId("invitation-other-address");
			add(notYours, new Paragraph(
					getTranslation("evaluation.invitation.other-address.how", invitation.get().maskedEmail())));
			var signOut = new Button(getTranslation("evaluation.invitation.sign-out"),
					click -> authentication.logout());
			signOut.setId("sign-out-for-invitation");
			add(signOut);
			return;
		}
		var accept = new Button(getTranslation("evaluation.invitation.accept"), click -> {
			try {
				var challenge = panels.accept(token);
				getUI().ifPresent(
						ui -> ui.navigate(EvaluationChallengeView.class, EvaluationNavigation.challenge(challenge)));
			}
			catch (InvalidInput invalid) {
				removeAll();
				add(new H1(getTranslation("evaluation.invitation.title")), new Paragraph(Problems.text(invalid, this)));
			}
		});
		accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		accept.setId("accept-invitation");
		add(accept);
	}

	@Override
	public String getPageTitle() {
		return getTranslation("evaluation.invitation.title") + " · Pilotbridge";
	}

}
