package org.pilotbridge.shared.ui;

import java.util.UUID;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;

import org.pilotbridge.shared.DatabaseOutage;
import org.pilotbridge.shared.InvalidInput;
import org.pilotbridge.shared.RequestBodyTooLarge;
import org.pilotbridge.shared.Language;

/**
 * Sets every UI's language from the visitor's preference, announces it in
 * {@code <html lang>} of the first response, and turns any unexpected error into a logged
 * incident and a polite notification.
 */
@org.springframework.stereotype.Component
class UiInitialization implements VaadinServiceInitListener {

	private static final Logger log = LoggerFactory.getLogger(UiInitialization.class);

	@Override
	public void serviceInit(ServiceInitEvent event) {
		event.addIndexHtmlRequestListener(response -> {
			var language = LanguagePreference.of(response.getVaadinRequest());
			var html = response.getDocument().selectFirst("html");
			if (html != null) {
				html.attr("lang", language.code());
			}
		});
		event.getSource().addSessionInitListener(sessionInit -> {
			var session = sessionInit.getSession();
			session.setLocale(LanguagePreference.of(sessionInit.getRequest()).locale());
			session.setErrorHandler(error -> {
				var message = messageFor(error.getThrowable());
				error.getComponent()
					.flatMap(Component::getUI)
					.ifPresent(ui -> ui
						.access(() -> Notifications.error(ui.getTranslation(message.key(), message.arguments()))));
			});
		});
		event.getSource().addUIInitListener(uiInit -> {
			UI ui = uiInit.getUI();
			var request = VaadinRequest.getCurrent();
			var language = request == null ? Language.of(ui.getSession().getLocale()) : LanguagePreference.of(request);
			ui.setLocale(language.locale());
			Times.learnViewerZone(ui);
		});
	}

	/**
	 * A refusal the user can understand (not allowed, changed meanwhile, invalid input)
	 * is explained; anything else is logged as an incident with a reference.
	 */
	static Message messageFor(Throwable thrown) {
		if (DatabaseOutage.isCauseOf(thrown)) {
			log.warn("The database could not be reached: {}", thrown.toString());
			return new Message("error.unavailable.notification");
		}
		for (var cause = thrown; cause != null; cause = cause.getCause()) {
			if (cause instanceof AccessDeniedException || cause instanceof AuthenticationException) {
				return new Message("error.not-allowed");
			}
			if (cause instanceof OptimisticLockingFailureException) {
				return new Message("error.changed-meanwhile");
			}
			if (cause instanceof InvalidInput invalid) {
				var problem = invalid.problems().get(0);
				return new Message(problem.messageKey(), problem.arguments().toArray());
			}
			if (cause instanceof RequestBodyTooLarge tooLarge) {
				// Refused with 413 by the server; nothing went wrong here.
				log.debug("A request body passed its limit of {} bytes", tooLarge.limit());
				return new Message("request-body.too-large.title");
			}
		}
		var incident = incidentId();
		log.error("Unexpected error, incident {}", incident, thrown);
		return new Message("error.unexpected.notification", incident);
	}

	record Message(String key, Object... arguments) {
	}

	static String incidentId() {
		return UUID.randomUUID().toString().substring(0, 8).toUpperCase(java.util.Locale.ROOT);
	}

}
