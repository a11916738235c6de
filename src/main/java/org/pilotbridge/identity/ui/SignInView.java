package org.pilotbridge.identity.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import org.pilotbridge.identity.IdentityLinks;
import org.pilotbridge.identity.SignInOptions;

/**
 * Where sign-in starts: the built-in Pilotbridge account, or any other configured
 * provider. With the built-in provider alone, the visitor goes straight to it.
 */
@Route("sign-in")
@AnonymousAllowed
class SignInView extends Main implements BeforeEnterObserver, HasDynamicTitle {

	private final SignInOptions options;

	SignInView(SignInOptions options) {
		this.options = options;
		setId("main-content");
		addClassNames("page", "prose");
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		var parameters = event.getLocation().getQueryParameters().getParameters();
		var all = options.all();
		if (all.size() == 1 && parameters.isEmpty()) {
			event.getUI().getPage().setLocation(all.get(0).href());
		}
		removeAll();
		add(new H1(getTranslation("identity.sign-in.title")));
		if (parameters.containsKey("deactivated")) {
			add(alert(getTranslation("identity.sign-in.deactivated")));
		}
		else if (parameters.containsKey("failed")) {
			add(alert(getTranslation("identity.sign-in.failed")));
		}
		add(new Paragraph(getTranslation("identity.sign-in.intro")));
		var choices = new Div();
		choices.addClassName("sign-in-choices");
		for (var option : all) {
			var link = new Anchor(option.href(), option.builtIn() ? getTranslation("identity.sign-in.with-pilotbridge")
					: getTranslation("identity.sign-in.with", option.name()));
			link.setRouterIgnore(true);
			link.addClassName(option.builtIn() ? "button-primary" : "button-secondary");
			choices.add(link);
		}
		var register = new Anchor(IdentityLinks.register(), getTranslation("identity.sign-in.register"));
		register.setRouterIgnore(true);
		add(choices, new Paragraph(register));
	}

	private Div alert(String text) {
		var alert = new Div(text);
		alert.addClassName("alert-error");
		alert.getElement().setAttribute("role", "alert");
		return alert;
	}

	@Override
	public String getPageTitle() {
		return getTranslation("identity.sign-in.title") + " · Pilotbridge";
	}

}
