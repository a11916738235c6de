package org.pilotbridge.identity.provider;

import java.io.IOException;
import java.time.Clock;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Throttles, per client address, what the account pages let anyone try, on top of the lockout of an
 * account after too many wrong passwords: guessing (failed sign-ins and password resets, whatever
 * the address typed, so that one client cannot try one password against many accounts) and
 * e-mailing (registrations and reset requests, each of which sends a mail to an address the client
 * chooses). A client over its share gets {@code 429 Too Many Requests} with {@code Retry-After} and a
 * page that says, in its language, how long to wait; its attempt is not even looked at.
 *
 * @see "docs/decisions/DD014-20261205-sign-in-throttling.md"
 */
@Component
class AccountThrottling {

	private static final Logger log = LoggerFactory.getLogger(AccountThrottling.class);

	static final String WAIT_MINUTES = AccountThrottling.class.getName() + ".waitMinutes";

	static final String THROTTLED_PAGE = "/account/too-many-attempts";

	private final ClientThrottle guessing;

	private final ClientThrottle mailing;

	private final boolean enabled;

	AccountThrottling(ProviderProperties properties, Clock clock) {
		var throttle = properties.throttle();
		this.enabled = throttle.enabled();
		this.guessing = new ClientThrottle(throttle.guesses(), throttle.guessingPeriod(), clock);
		this.mailing = new ClientThrottle(throttle.mails(), throttle.mailingPeriod(), clock);
	}

	/** Counts a failed sign-in against the client. */
	void failedGuess(HttpServletRequest request) {
		if (enabled) {
			guessing.use(request.getRemoteAddr());
		}
	}

	/** The filter in front of the account pages' forms. */
	OncePerRequestFilter filter() {
		return new OncePerRequestFilter() {

			@Override
			protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
					FilterChain chain) throws ServletException, IOException {
				var address = request.getRemoteAddr();
				var throttle = throttleFor(request);
				if (throttle != null && !throttle.allowed(address)) {
					var wait = throttle.limit().minutesToWait(address);
					log.warn("Throttled {} {} from {} for {} minutes", request.getMethod(), request.getRequestURI(),
							address, wait);
					response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
					response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(wait * 60));
					request.setAttribute(WAIT_MINUTES, wait);
					request.getRequestDispatcher(THROTTLED_PAGE).forward(request, response);
					return;
				}
				chain.doFilter(request, response);
			}

		};
	}

	private Throttle throttleFor(HttpServletRequest request) {
		if (!enabled || !"POST".equals(request.getMethod())) {
			return null;
		}
		var path = request.getRequestURI().substring(request.getContextPath().length());
		return switch (path) {
			// Only failures count: a busy office behind one address signs in freely.
			case ProviderConfiguration.LOGIN_PAGE -> new Throttle(guessing, false);
			case "/account/reset-password" -> new Throttle(guessing, true);
			case "/account/register", "/account/forgot-password" -> new Throttle(mailing, true);
			default -> null;
		};
	}

	/** A limit, and whether every attempt uses it up or only the failures counted elsewhere. */
	private record Throttle(ClientThrottle limit, boolean everyAttempt) {

		boolean allowed(String address) {
			return everyAttempt ? limit.use(address) : limit.allows(address);
		}

	}

}
