package org.pilotbridge.security;

import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;

import org.pilotbridge.shared.InvalidInput;

/**
 * What happens when a role tries something, as written in the access matrix.
 */
enum Outcome {

	/**
	 * Allowed: the view renders, the address answers, the service does what it is asked.
	 */
	OK("ok"),

	/**
	 * Allowed, but there is nothing for this person: an empty answer (no object of
	 * theirs).
	 */
	EMPTY("empty"),

	/**
	 * Refused: {@code 403}, a view that explains the refusal, or
	 * {@code AccessDeniedException}.
	 */
	DENY("deny"),

	/**
	 * Sent to sign in first: the anonymous visitor is redirected, the service needs a
	 * person.
	 */
	LOGIN("login"),

	/** Not found: {@code 404}, the not-found page, or a {@code …NotFound} exception. */
	NOT_FOUND("404"),

	/**
	 * Allowed to ask, but refused for what is asked, with a translated reason
	 * ({@code InvalidInput} or a domain exception).
	 */
	INVALID("invalid"),

	/**
	 * Only for trusted callers (other modules, jobs), never for a person: no column
	 * applies.
	 */
	TRUSTED("trusted"),

	/** Anything else, such as a 500 or an unexpected exception: never expected. */
	ERROR("error");

	private final String token;

	Outcome(String token) {
		this.token = token;
	}

	String token() {
		return token;
	}

	static Outcome of(String token) {
		return Arrays.stream(values())
			.filter(outcome -> outcome.token.equals(token))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("Unknown outcome '" + token + "': use one of "
					+ Arrays.stream(values()).map(Outcome::token).toList()));
	}

	/** The outcome of a service call that returned. */
	static Outcome ofResult(Object result) {
		if (result == null || Boolean.FALSE.equals(result)
				|| result instanceof Optional<?> optional && optional.isEmpty()
				|| result instanceof Collection<?> collection && collection.isEmpty()
				|| result instanceof Map<?, ?> map && map.isEmpty()) {
			return EMPTY;
		}
		return OK;
	}

	/** The outcome of a service call that threw, for a person signed in or not. */
	static Outcome ofFailure(Throwable thrown, boolean anonymous) {
		if (thrown instanceof AuthenticationException || anonymous && thrown instanceof AccessDeniedException) {
			return LOGIN;
		}
		if (thrown instanceof AccessDeniedException) {
			return DENY;
		}
		if (thrown.getClass().getSimpleName().endsWith("NotFound")) {
			return NOT_FOUND;
		}
		if (thrown instanceof InvalidInput || thrown.getClass().getPackageName().startsWith("org.pilotbridge")) {
			return INVALID;
		}
		return ERROR;
	}

}
