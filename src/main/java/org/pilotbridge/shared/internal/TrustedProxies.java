package org.pilotbridge.shared.internal;

import java.util.ArrayList;
import java.util.List;

import org.apache.catalina.util.NetMask;
import org.apache.catalina.valves.RemoteIpValve;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Which proxies are believed when they report a client's address and scheme
 * ({@code X-Forwarded-For}, {@code X-Forwarded-Proto}): those named in
 * {@code pilotbridge.web.trusted-proxies}, by address or network, and no other. By
 * default none, so that nobody, on any network, chooses the address that the sign-in
 * throttles, the public data's rate limit and the audit trail see. Tomcat's
 * {@link RemoteIpValve} reads the headers; this replaces its default list of internal
 * proxies (every private network and loopback) with the configured one.
 *
 * @see "docs/decisions/DD022-20261207-shared-throttles-and-trusted-proxies.md"
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TrustedProxies.Settings.class)
class TrustedProxies {

	@Bean
	TrustedProxiesOnly trustedProxiesOnly(Settings settings) {
		return new TrustedProxiesOnly(settings.cidrs());
	}

	/**
	 * Runs after Spring Boot's own customizer, which adds the valve with its defaults.
	 */
	static final class TrustedProxiesOnly
			implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

		private final String proxies;

		TrustedProxiesOnly(String proxies) {
			this.proxies = proxies;
		}

		@Override
		public void customize(TomcatServletWebServerFactory factory) {
			factory.getEngineValves()
				.stream()
				.filter(RemoteIpValve.class::isInstance)
				.map(RemoteIpValve.class::cast)
				.forEach(valve -> {
					// With a "/" Tomcat reads a list of networks; empty means that no
					// proxy is trusted.
					valve.setInternalProxies(proxies);
					valve.setTrustedProxies("");
				});
		}

		@Override
		public int getOrder() {
			return Ordered.LOWEST_PRECEDENCE;
		}

	}

	/**
	 * @param trustedProxies the addresses ({@code 10.0.0.5}, {@code ::1}) or networks
	 * ({@code 10.0.0.0/24}) of the proxies in front of the application; empty when
	 * clients connect directly
	 */
	@ConfigurationProperties("pilotbridge.web")
	record Settings(List<String> trustedProxies) {

		Settings {
			trustedProxies = trustedProxies == null ? List.of() : List.copyOf(trustedProxies);
		}

		/**
		 * The proxies as networks, comma-separated, each checked; a single address is a
		 * network of one.
		 */
		String cidrs() {
			var networks = new ArrayList<String>();
			for (var proxy : trustedProxies) {
				var entry = proxy.strip();
				if (entry.isEmpty()) {
					continue;
				}
				var network = entry.contains("/") ? entry : entry + (entry.contains(":") ? "/128" : "/32");
				try {
					new NetMask(network);
				}
				catch (IllegalArgumentException invalid) {
					throw new IllegalArgumentException("pilotbridge.web.trusted-proxies: '" + proxy
							+ "' is neither an IP address nor a network such as 10.0.0.0/24", invalid);
				}
				networks.add(network);
			}
			return String.join(",", networks);
		}

	}

}
