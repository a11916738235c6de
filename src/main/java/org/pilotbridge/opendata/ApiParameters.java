package org.pilotbridge.opendata;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.lang.Contract;

import org.pilotbridge.identity.OrganisationId;
import org.pilotbridge.shared.InvalidInput;

/**
 * Reads the query parameters of one request, collecting every problem so that a
 * {@code 400} names all wrong parameters at once.
 */
final class ApiParameters {

	private final InvalidInput.Problems problems = new InvalidInput.Problems();

	/**
	 * A moment: a date and time with an offset ({@code 2026-12-01T09:00:00Z}) or a date
	 * ({@code 2026-12-01}), which means its start in {@code zone}.
	 */
	@Nullable Instant instant(String name, @Nullable String value, ZoneId zone) {
		if (isBlank(value)) {
			return null;
		}
		try {
			return value.length() == 10 ? LocalDate.parse(value).atStartOfDay(zone).toInstant()
					: OffsetDateTime.parse(value).toInstant();
		}
		catch (DateTimeException malformed) {
			problems.add(name, "opendata.parameter.invalid-date", value);
			return null;
		}
	}

	@Nullable BigDecimal amount(String name, @Nullable String value) {
		if (isBlank(value)) {
			return null;
		}
		try {
			return new BigDecimal(value.strip());
		}
		catch (NumberFormatException malformed) {
			problems.add(name, "opendata.parameter.invalid-number", value);
			return null;
		}
	}

	int number(String name, @Nullable String value, int byDefault, int min, int max) {
		if (isBlank(value)) {
			return byDefault;
		}
		try {
			var number = Integer.parseInt(value.strip());
			if (number >= min && number <= max) {
				return number;
			}
		}
		catch (NumberFormatException malformed) {
			// reported below
		}
		problems.add(name, "opendata.parameter.out-of-range", value, min, max);
		return byDefault;
	}

	/** One of the constants of an enum, named in lower case ({@code open}). */
	<E extends Enum<E>> @Nullable E choice(String name, @Nullable String value, Class<E> type) {
		if (isBlank(value)) {
			return null;
		}
		try {
			return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException unknown) {
			problems.add(name, "opendata.parameter.one-of", value,
					Arrays.stream(type.getEnumConstants())
						.map(constant -> constant.name().toLowerCase(Locale.ROOT))
						.collect(Collectors.joining(", ")));
			return null;
		}
	}

	@Nullable OrganisationId organisation(String name, @Nullable String value) {
		return parsed(name, value, OrganisationId::of, "opendata.parameter.invalid-organisation");
	}

	<T> @Nullable T parsed(String name, @Nullable String value, Function<String, T> parser, String messageKey) {
		if (isBlank(value)) {
			return null;
		}
		try {
			return parser.apply(value.strip());
		}
		catch (IllegalArgumentException malformed) {
			problems.add(name, messageKey, value);
			return null;
		}
	}

	/**
	 * @throws InvalidInput naming every parameter found wrong
	 */
	void throwIfAny() {
		problems.throwIfAny();
	}

	@Contract("null -> true")
	private static boolean isBlank(@Nullable String value) {
		return value == null || value.isBlank();
	}

}
