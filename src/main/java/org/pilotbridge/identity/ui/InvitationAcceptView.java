package org.pilotbridge.identity.ui;

import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.PermitAll;

/**
 * The protected twin of the invitation page: reaching it makes a visitor sign in; once
 * signed in it returns to the invitation, where they accept.
 */
@Route("invitations/:token/accept")
@PermitAll
class InvitationAcceptView extends Main implements BeforeEnterObserver {

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		event.forwardTo(InvitationView.class,
				new RouteParameters("token", event.getRouteParameters().get("token").orElse("")));
	}

}
