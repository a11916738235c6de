package org.pilotbridge.catalogue;

import java.security.SecureRandom;
import java.text.Normalizer;
import java.util.Locale;

/**
 * The stable part of a solution's address: its name when it was created, in lower-case
 * ASCII words joined by dashes, and six random letters and digits so that two solutions
 * of the same name never share an address, as in {@code smart-bin-sensors-k3x9qa}. It
 * never changes, so links keep working after the solution is renamed.
 */
final class SolutionReferences {

	static final int SLUG_MAX_LENGTH = 60;

	private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789";

	private static final SecureRandom random = new SecureRandom();

	private SolutionReferences() {
	}

	static String newReference(String name) {
		var suffix = new StringBuilder();
		for (var i = 0; i < 6; i++) {
			suffix.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
		}
		return slug(name) + "-" + suffix;
	}

	static String slug(String name) {
		var ascii = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFKD)
			.replaceAll("\\p{M}+", "")
			.toLowerCase(Locale.ROOT)
			.replaceAll("[^a-z0-9]+", "-")
			.replaceAll("^-+|-+$", "");
		if (ascii.length() > SLUG_MAX_LENGTH) {
			ascii = ascii.substring(0, SLUG_MAX_LENGTH).replaceAll("-+$", "");
		}
		return ascii.isEmpty() ? "solution" : ascii;
	}

}
