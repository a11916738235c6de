package org.pilotbridge.test;

import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Gives the JVM-wide holder of the security context back to the application context a
 * test uses. Each application context started in the JVM claims that holder for its own
 * (as Vaadin does at start-up), so a test running on a context cached from earlier would
 * otherwise have parts of Spring Security that read the holder (the provider's
 * authorization endpoint, for one) look in another context's holder, and find nobody
 * signed in.
 */
public class SecurityContextHolderOfTheContext implements TestExecutionListener {

	@Override
	public void beforeTestClass(TestContext testContext) {
		claim(testContext);
	}

	@Override
	public void beforeTestMethod(TestContext testContext) {
		claim(testContext);
	}

	private static void claim(TestContext testContext) {
		if (!testContext.hasApplicationContext()) {
			return;
		}
		ApplicationContext context = testContext.getApplicationContext();
		context.getBeanProvider(SecurityContextHolderStrategy.class)
			.ifUnique(strategy -> SecurityContextHolder.setContextHolderStrategy(strategy));
	}

}
