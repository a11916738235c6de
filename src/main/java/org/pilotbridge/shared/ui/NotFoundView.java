package org.pilotbridge.shared.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Shown inside the workspace when a view is asked for that does not exist (a link
 * followed within Vaadin), with a way back; an address typed or followed from outside
 * gets the public site's not-found page instead (see
 * {@code shared.web.PublicErrorPages}).
 */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
class NotFoundView extends Main implements HasErrorParameter<NotFoundException>, HasDynamicTitle {

	NotFoundView() {
		setId("main-content");
		addClassName("page");
	}

	@Override
	public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
		removeAll();
		add(new H1(getTranslation("not-found.heading")), new Paragraph(getTranslation("not-found.text")),
				MainLayout.publicLink("/", getTranslation("not-found.home")));
		return HttpServletResponse.SC_NOT_FOUND;
	}

	@Override
	public String getPageTitle() {
		return getTranslation("not-found.heading") + " · Pilotbridge";
	}

}
