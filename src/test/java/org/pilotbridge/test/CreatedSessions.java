package org.pilotbridge.test;

import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import org.springframework.boot.test.context.TestComponent;

/**
 * Counts the HTTP sessions the servlet container creates for the application under test,
 * whoever creates them (a filter, a controller, a template, the security chain), and even
 * if the response carries no cookie. Spring Boot registers it with the container as a
 * listener. Import it and inject it to tell whether a visit created a session.
 */
@TestComponent
public class CreatedSessions implements HttpSessionListener {

	private final AtomicInteger created = new AtomicInteger();

	@Override
	public void sessionCreated(HttpSessionEvent event) {
		created.incrementAndGet();
	}

	/** How many sessions were created since the application started. */
	public int count() {
		return created.get();
	}

}
