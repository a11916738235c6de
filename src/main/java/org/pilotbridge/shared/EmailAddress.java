package org.pilotbridge.shared;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An e-mail address as people type it, normalised to lower case. The check is
 * deliberately simple (something, an at sign, a domain with a dot); whether the address
 * works is proven by the mail that is sent to it.
 */
public record EmailAddress(String value) {

	public static final int MAX_LENGTH = 254;

	private static final Pattern SHAPE = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s.]{2,}$");

	public EmailAddress {
		if (value == null || value.length() > MAX_LENGTH || !SHAPE.matcher(value).matches()) {
			throw InvalidInput.of("email", "validation.email.invalid");
		}
	}

	public static EmailAddress of(String raw) {
		return new EmailAddress(raw == null ? "" : raw.strip().toLowerCase(Locale.ROOT));
	}

	/** Whether the text is a well-formed address, for checks that must not throw. */
	public static boolean isValid(String raw) {
		try {
			of(raw);
			return true;
		}
		catch (InvalidInput invalid) {
			return false;
		}
	}

	/**
	 * The address with its local part hidden but for its first character
	 * ({@code e…@example.org}): enough for its owner to recognise it, not enough for
	 * someone else to learn it.
	 */
	public String masked() {
		var at = value.lastIndexOf('@');
		return value.codePoints()
			.limit(1)
			.collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append) + "…"
				+ value.substring(at);
	}

	@Override
	public String toString() {
		return value;
	}

}
