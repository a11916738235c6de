package org.pilotbridge.shared.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.pilotbridge.shared.DatabaseOutage;

/**
 * Shown when opening a view fails unexpectedly: an apology and an incident reference that
 * support can find in the log, never a stack trace.
 */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
class ErrorView extends Main implements HasErrorParameter<Exception>, HasDynamicTitle {

	private static final Logger log = LoggerFactory.getLogger(ErrorView.class);

	ErrorView() {
		setId("main-content");
		addClassName("page");
	}

	@Override
	public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
		removeAll();
		if (DatabaseOutage.isCauseOf(parameter.getCaughtException())) {
			log.warn("The database could not be reached opening {}: {}", event.getLocation().getPath(),
					parameter.getCaughtException().toString());
			add(new H1(getTranslation("error.unavailable.heading")),
					new Paragraph(getTranslation("error.unavailable.text")));
			return HttpServletResponse.SC_SERVICE_UNAVAILABLE;
		}
		var incident = UiInitialization.incidentId();
		log.error("Unexpected error opening {}, incident {}", event.getLocation().getPath(), incident,
				parameter.getCaughtException());
		add(new H1(getTranslation("error.heading")), new Paragraph(getTranslation("error.text")),
				new Paragraph(getTranslation("error.incident", incident)),
				MainLayout.publicLink("/", getTranslation("not-found.home")));
		return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
	}

	@Override
	public String getPageTitle() {
		return getTranslation("error.heading") + " · Pilotbridge";
	}

}
