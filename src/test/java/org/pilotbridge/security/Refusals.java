package org.pilotbridge.security;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.aopalliance.intercept.MethodInterceptor;
import org.springframework.aop.Advisor;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.StaticMethodMatcherPointcut;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Role;
import org.springframework.core.Ordered;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;

/**
 * Notes every refusal an application service gives, so that a test can tell a view that
 * renders because it is allowed from a view that renders only to explain that its service
 * refused. It wraps the public methods of every {@code @Service} of a module's public
 * API, outermost, and lets the refusal go on unchanged.
 */
@TestConfiguration(proxyBeanMethods = false)
class Refusals {

	private static final List<Throwable> seen = new CopyOnWriteArrayList<>();

	static void clear() {
		seen.clear();
	}

	static List<Throwable> seen() {
		return List.copyOf(seen);
	}

	@Bean
	@Role(BeanDefinition.ROLE_INFRASTRUCTURE)
	static Advisor serviceRefusalRecorder() {
		var pointcut = new StaticMethodMatcherPointcut() {

			@Override
			public boolean matches(Method method, Class<?> targetClass) {
				return EntryPoints.isApplicationService(targetClass) && Modifier.isPublic(method.getModifiers());
			}

		};
		MethodInterceptor recorder = invocation -> {
			try {
				return invocation.proceed();
			}
			catch (AccessDeniedException | AuthenticationException refused) {
				seen.add(refused);
				throw refused;
			}
		};
		var advisor = new DefaultPointcutAdvisor(pointcut, recorder);
		advisor.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return advisor;
	}

}
