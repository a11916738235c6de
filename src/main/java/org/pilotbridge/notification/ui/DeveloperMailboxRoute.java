package org.pilotbridge.notification.ui;

import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.stereotype.Component;

import org.pilotbridge.shared.ConditionalOnEmbeddedDatabase;
import org.pilotbridge.shared.ui.MainLayout;

/**
 * Offers the developer mailbox at {@code /dev/mailbox} when the application runs on its
 * embedded database without an SMTP server, and never otherwise; says on the console
 * where the mail goes, and that only this machine is shown it.
 */
@Component
@ConditionalOnEmbeddedDatabase
@Conditional(DeveloperMailboxRoute.NoMailServer.class)
class DeveloperMailboxRoute implements VaadinServiceInitListener {

	private static final Logger log = LoggerFactory.getLogger(DeveloperMailboxRoute.class);

	static final String PATH = "dev/mailbox";

	private final Environment environment;

	DeveloperMailboxRoute(Environment environment) {
		this.environment = environment;
	}

	@EventListener(ApplicationReadyEvent.class)
	void tellWhereMailGoes() {
		var port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
		log.info("""

				No mail server is configured (spring.mail.host): e-mails are not sent but kept in the development
				mailbox at http://localhost:{}/{}, which is shown only to a browser on this very machine,
				never through a proxy.
				""", port, PATH);
	}

	@Override
	public void serviceInit(ServiceInitEvent event) {
		var routes = RouteConfiguration.forApplicationScope();
		if (!routes.isPathAvailable(PATH)) {
			routes.setRoute(PATH, DeveloperMailboxView.class, MainLayout.class);
		}
	}

	static class NoMailServer implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			var host = context.getEnvironment().getProperty("spring.mail.host");
			return host == null || host.isBlank();
		}

	}

}
