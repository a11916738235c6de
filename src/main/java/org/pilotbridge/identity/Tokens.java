package org.pilotbridge.identity;

import java.security.SecureRandom;
import java.util.Base64;

import org.pilotbridge.shared.Sha256;

/**
 * Single-use secrets for links sent by e-mail: 32 random bytes, URL-safe; only their
 * SHA-256 hash is stored.
 */
public final class Tokens {

	private static final SecureRandom random = new SecureRandom();

	private Tokens() {
	}

	public static String newToken() {
		var bytes = new byte[32];
		random.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	public static String hash(String token) {
		return Sha256.hex(token);
	}

}
