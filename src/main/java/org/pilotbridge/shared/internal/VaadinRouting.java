package org.pilotbridge.shared.internal;

import java.util.function.Predicate;

import com.vaadin.flow.server.HandlerHelper;
import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.handler.AbstractHandlerMapping;
import org.springframework.web.servlet.mvc.Controller;

/**
 * Sends to Vaadin's servlet exactly the requests Vaadin serves, and leaves every other
 * address to Spring MVC, which answers the ones it knows and gives the rest the not-found
 * page, without a session. Vaadin's catch-all mapping is switched off
 * ({@code vaadin.exclude-urls=/**}) and replaced by two mappings that forward through
 * Vaadin's own forwarding controller:
 * <ul>
 * <li>before every other mapping, Vaadin's protocol: its requests ({@code ?v-r=uidl},
 * heartbeats, uploads, push) and its files under {@code /VAADIN/};</li>
 * <li>after the controllers and before the static files, the addresses of the workspace's
 * views, as Vaadin's route registry knows them ({@code /welcome},
 * {@code /challenges/CH-…/proposal}, …).</li>
 * </ul>
 *
 * @see "docs/decisions/DD021-20261207-public-site.md"
 */
@Configuration(proxyBeanMethods = false)
class VaadinRouting {

	@Bean
	HandlerMapping vaadinProtocolMapping(@Qualifier("vaadinForwardingController") Controller vaadin) {
		return new ForwardingMapping(Ordered.HIGHEST_PRECEDENCE, VaadinRouting::isProtocol, vaadin);
	}

	@Bean
	HandlerMapping vaadinViewMapping(@Qualifier("vaadinForwardingController") Controller vaadin,
			ServletContext servletContext) {
		var context = new VaadinServletContext(servletContext);
		return new ForwardingMapping(Ordered.LOWEST_PRECEDENCE - 2,
				request -> ApplicationRouteRegistry.getInstance(context)
					.getNavigationRouteTarget(routePath(request))
					.hasTarget(),
				vaadin);
	}

	/** Vaadin's own requests, whatever the address they are sent to, and its files. */
	static boolean isProtocol(HttpServletRequest request) {
		return HandlerHelper.isFrameworkInternalRequest("/*", request) || routePath(request).startsWith("VAADIN/");
	}

	/**
	 * The path as Vaadin reads it: decoded, without the leading slash
	 * ({@code VAADIN/build/…}, {@code welcome}).
	 */
	private static String routePath(HttpServletRequest request) {
		var path = HandlerHelper.getRequestPathInsideContext(request);
		return path.startsWith("/") ? path.substring(1) : path;
	}

	/** Hands the requests that satisfy the condition to Vaadin. */
	private static final class ForwardingMapping extends AbstractHandlerMapping {

		private final Predicate<HttpServletRequest> condition;

		private final Controller vaadin;

		ForwardingMapping(int order, Predicate<HttpServletRequest> condition, Controller vaadin) {
			this.condition = condition;
			this.vaadin = vaadin;
			setOrder(order);
		}

		@Override
		protected @Nullable Object getHandlerInternal(HttpServletRequest request) {
			return condition.test(request) ? vaadin : null;
		}

	}

}
