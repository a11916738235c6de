package org.pilotbridge.shared;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 digests: of bytes, and of a text's UTF-8 bytes, raw or in lower-case hex as
 * receipts, the audit trail and stored hashes write them.
 */
public final class Sha256 {

	private Sha256() {
	}

	/** The digest of the bytes. */
	public static byte[] of(byte[] bytes) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(bytes);
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
		}
	}

	/** The digest of the bytes, in lower-case hex. */
	public static String hex(byte[] bytes) {
		return HexFormat.of().formatHex(of(bytes));
	}

	/** The digest of the text's UTF-8 bytes, in lower-case hex. */
	public static String hex(String text) {
		return hex(text.getBytes(StandardCharsets.UTF_8));
	}

}
