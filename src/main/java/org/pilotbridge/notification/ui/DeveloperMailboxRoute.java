package org.pilotbridge.notification.ui;

import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.stereotype.Component;

import org.pilotbridge.shared.ConditionalOnEmbeddedDatabase;
import org.pilotbridge.shared.ui.MainLayout;

/**
 * Offers the developer mailbox at {@code /dev/mailbox} when the application runs on its embedded
 * database without an SMTP server, and never otherwise.
 */
@Component
@ConditionalOnEmbeddedDatabase
@Conditional(DeveloperMailboxRoute.NoMailServer.class)
class DeveloperMailboxRoute implements VaadinServiceInitListener {

	static final String PATH = "dev/mailbox";

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
