package org.pilotbridge.shared.internal;

import java.io.IOException;
import java.net.URI;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

import org.pilotbridge.shared.PublicLinks;

/**
 * The application is reached at addresses it knows: the configured public address
 * ({@code pilotbridge.site.public-url}, else {@code http://localhost:<port>}) and, on the
 * machine itself, {@code http://localhost:<port>}, {@code http://127.0.0.1:<port>} and
 * {@code http://[::1]:<port>}. A request naming any other host in its {@code Host} header
 * is served as if it had come to the public address: whatever builds an absolute address
 * from the request (the sign-in redirects and their return address, saved requests, the
 * OpenAPI document, language links) then names the public address, never one the client
 * chose; so does a redirect to a path, which the servlet container would otherwise
 * complete with the {@code Host} header for clients of HTTP/1.0.
 */
@Configuration(proxyBeanMethods = false)
class KnownAddresses {

	@Bean
	FilterRegistrationBean<AtKnownAddress> atKnownAddresses(PublicLinks links, Environment environment) {
		var registration = new FilterRegistrationBean<>(new AtKnownAddress(links, environment));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

	static final class AtKnownAddress extends OncePerRequestFilter {

		private final PublicLinks links;

		private final Environment environment;

		AtKnownAddress(PublicLinks links, Environment environment) {
			this.links = links;
			this.environment = environment;
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			var origin = origin(request.getScheme(), request.getServerName(), request.getServerPort());
			var publicAddress = URI.create(links.base());
			var port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
			var known = origin
				.equals(origin(publicAddress.getScheme(), publicAddress.getHost(), publicAddress.getPort()))
					|| List.of("http://localhost:" + port, "http://127.0.0.1:" + port, "http://[::1]:" + port)
						.contains(origin);
			if (known) {
				chain.doFilter(request, response);
			}
			else {
				var atPublicAddress = new AtPublicAddress(request, publicAddress);
				chain.doFilter(atPublicAddress, new RedirectsToPublicAddress(response,
						atPublicAddress.getScheme() + "://" + atPublicAddress.authority()));
			}
		}

		static String origin(String scheme, @Nullable String host, int port) {
			var lowerScheme = scheme.toLowerCase(Locale.ROOT);
			var effectivePort = port > 0 ? port : "https".equals(lowerScheme) ? 443 : 80;
			return lowerScheme + "://" + (host == null ? "" : host.toLowerCase(Locale.ROOT)) + ":" + effectivePort;
		}

	}

	/** A request seen as if it had come to the public address. */
	static final class AtPublicAddress extends HttpServletRequestWrapper {

		private final String scheme;

		private final String host;

		private final int port;

		AtPublicAddress(HttpServletRequest request, URI publicAddress) {
			super(request);
			this.scheme = publicAddress.getScheme();
			this.host = publicAddress.getHost();
			this.port = publicAddress.getPort() > 0 ? publicAddress.getPort() : "https".equals(scheme) ? 443 : 80;
		}

		@Override
		public String getScheme() {
			return scheme;
		}

		@Override
		public String getServerName() {
			return host;
		}

		@Override
		public int getServerPort() {
			return port;
		}

		@Override
		public StringBuffer getRequestURL() {
			return new StringBuffer(scheme).append("://").append(authority()).append(getRequestURI());
		}

		@Override
		public @Nullable String getHeader(String name) {
			return HttpHeaders.HOST.equalsIgnoreCase(name) ? authority() : super.getHeader(name);
		}

		@Override
		public Enumeration<String> getHeaders(String name) {
			return HttpHeaders.HOST.equalsIgnoreCase(name) ? Collections.enumeration(List.of(authority()))
					: super.getHeaders(name);
		}

		String authority() {
			var defaultPort = "https".equals(scheme) ? 443 : 80;
			return port == defaultPort ? host : host + ":" + port;
		}

	}

	/**
	 * Completes a redirect to a path with the public address, not with the host the
	 * request named.
	 */
	static final class RedirectsToPublicAddress extends HttpServletResponseWrapper {

		private final String origin;

		RedirectsToPublicAddress(HttpServletResponse response, String origin) {
			super(response);
			this.origin = origin;
		}

		@Override
		public void sendRedirect(String location) throws IOException {
			super.sendRedirect(absolute(location));
		}

		@Override
		public void sendRedirect(String location, int status) throws IOException {
			super.sendRedirect(absolute(location), status);
		}

		@Override
		public void sendRedirect(String location, boolean clearBuffer) throws IOException {
			super.sendRedirect(absolute(location), clearBuffer);
		}

		@Override
		public void sendRedirect(String location, int status, boolean clearBuffer) throws IOException {
			super.sendRedirect(absolute(location), status, clearBuffer);
		}

		private String absolute(String location) {
			return location.startsWith("/") && !location.startsWith("//") ? origin + location : location;
		}

	}

}
