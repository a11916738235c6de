package org.pilotbridge.shared.ui;

import java.util.UUID;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.pilotbridge.shared.Language;

/**
 * Sets every UI's language from the visitor's preference, announces it in {@code <html lang>} of the
 * first response, and turns any unexpected error into a logged incident and a polite notification.
 */
@org.springframework.stereotype.Component
class UiInitialization implements VaadinServiceInitListener {

	private static final Logger log = LoggerFactory.getLogger(UiInitialization.class);

	@Override
	public void serviceInit(ServiceInitEvent event) {
		event.addIndexHtmlRequestListener(response -> {
			var language = LanguagePreference.of(response.getVaadinRequest());
			response.getDocument().selectFirst("html").attr("lang", language.code());
		});
		event.getSource().addSessionInitListener(sessionInit -> {
			var session = sessionInit.getSession();
			session.setLocale(LanguagePreference.of(sessionInit.getRequest()).locale());
			session.setErrorHandler(error -> {
				var incident = incidentId();
				log.error("Unexpected error, incident {}", incident, error.getThrowable());
				error.getComponent().flatMap(Component::getUI).ifPresent(ui -> ui.access(
						() -> Notifications.error(ui.getTranslation("error.unexpected.notification", incident))));
			});
		});
		event.getSource().addUIInitListener(uiInit -> {
			UI ui = uiInit.getUI();
			var request = VaadinRequest.getCurrent();
			var language = request == null ? Language.of(ui.getSession().getLocale()) : LanguagePreference.of(request);
			ui.setLocale(language.locale());
		});
	}

	static String incidentId() {
		return UUID.randomUUID().toString().substring(0, 8).toUpperCase(java.util.Locale.ROOT);
	}

}
