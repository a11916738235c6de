package org.pilotbridge.identity.provider;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import org.pilotbridge.shared.Sha256;

/**
 * Passwords that attackers try first, because they were found in breaches (ASVS 2.1.7),
 * checked offline: the 437,652 passwords of SecLists' lists, shipped gzipped with the
 * application (see {@code identity/breached-passwords.LICENSE.txt}). Only those that the
 * other rules would let through (12 to 128 characters) are kept in memory, each as the
 * first 64 bits of the SHA-256 of its lower case, in a sorted array searched by
 * bisection: 12,059 entries, 94 KB of heap. Two different passwords share 64 bits with a
 * chance of one in 2^64 per pair, so a password wrongly refused is practically
 * impossible. The comparison ignores case: {@code Qwertyuiop123} is as weak as
 * {@code qwertyuiop123}. Read on first use, not at start.
 */
@Component
class BreachedPasswords {

	static final String LIST = "identity/breached-passwords.txt.gz";

	private static final Logger log = LoggerFactory.getLogger(BreachedPasswords.class);

	private volatile long @Nullable [] known;

	/**
	 * Whether the password is one of the breached passwords that are long enough to be
	 * chosen.
	 */
	boolean contains(String password) {
		if (password.length() < LocalAccount.PASSWORD_MIN_LENGTH
				|| password.length() > LocalAccount.PASSWORD_MAX_LENGTH) {
			return false;
		}
		return Arrays.binarySearch(known(), key(password)) >= 0;
	}

	/** How many passwords are kept in memory. */
	int size() {
		return known().length;
	}

	private long[] known() {
		var loaded = known;
		if (loaded == null) {
			synchronized (this) {
				loaded = known;
				if (loaded == null) {
					loaded = load();
					known = loaded;
				}
			}
		}
		return loaded;
	}

	private static long[] load() {
		var keys = new long[16_384];
		int size = 0;
		int read = 0;
		try (var lines = new BufferedReader(new InputStreamReader(
				new GZIPInputStream(new ClassPathResource(LIST).getInputStream()), StandardCharsets.UTF_8))) {
			for (var line = lines.readLine(); line != null; line = lines.readLine()) {
				read++;
				if (line.length() >= LocalAccount.PASSWORD_MIN_LENGTH
						&& line.length() <= LocalAccount.PASSWORD_MAX_LENGTH) {
					if (size == keys.length) {
						keys = Arrays.copyOf(keys, size * 2);
					}
					keys[size++] = key(line);
				}
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException("Could not read the list of breached passwords " + LIST, e);
		}
		var sorted = Arrays.stream(keys, 0, size).sorted().distinct().toArray();
		log.info("Breached passwords: {} of the {} in {} could be chosen otherwise and are refused ({} KB in memory)",
				sorted.length, read, LIST, sorted.length * Long.BYTES / 1024);
		return sorted;
	}

	static long key(String password) {
		return ByteBuffer.wrap(Sha256.of(password.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8))).getLong();
	}

}
