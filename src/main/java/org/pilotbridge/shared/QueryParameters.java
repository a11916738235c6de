package org.pilotbridge.shared;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriUtils;

/**
 * The query of an address, read and written the same way by every page that carries a
 * search in its address, so that shared and bookmarked addresses read back as they were
 * written.
 */
public final class QueryParameters {

	private QueryParameters() {
	}

	/**
	 * The query of the parameters that have a value, in the map's order, each value
	 * encoded so that it reads back as given ({@code +} included, which a server would
	 * otherwise read as a space).
	 */
	public static String encode(Map<String, ? extends @Nullable String> parameters) {
		return parameters.entrySet()
			.stream()
			.filter(parameter -> parameter.getValue() != null)
			.map(parameter -> parameter.getKey() + "="
					+ UriUtils.encodeQueryParam(String.valueOf(parameter.getValue()), StandardCharsets.UTF_8)
						.replace("+", "%2B"))
			.collect(Collectors.joining("&"));
	}

	/**
	 * The first value of the parameter without surrounding blanks, if it has one that is
	 * not blank.
	 */
	public static Optional<String> first(MultiValueMap<String, String> parameters, String name) {
		return Optional.ofNullable(parameters.getFirst(name)).map(String::strip).filter(value -> !value.isEmpty());
	}

	/**
	 * A whole number as a page or a count takes it, a negative one as 0; empty if the
	 * value is none.
	 */
	public static Optional<Integer> count(String value) {
		try {
			return Optional.of(Math.max(0, Integer.parseInt(value)));
		}
		catch (NumberFormatException malformed) {
			return Optional.empty();
		}
	}

}
