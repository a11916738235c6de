package org.pilotbridge.shared;

/**
 * Sizes as people read them, in the unit of their language ({@code 10 MB}, {@code 10 Mo},
 * {@code 64 kB}): kilobytes below one megabyte, megabytes (of 1,048,576 bytes, with at
 * most one decimal) from there, from the messages {@code size.kilobytes} and
 * {@code size.megabytes}.
 */
public final class FileSizes {

	private static final long KILOBYTE = 1024;

	private static final long MEGABYTE = 1024 * KILOBYTE;

	private FileSizes() {
	}

	/** Finds a message by key and arguments in the reader's language. */
	@FunctionalInterface
	public interface Translation {

		String of(String key, Object... arguments);

	}

	public static String describe(long bytes, Translation translation) {
		if (bytes < MEGABYTE) {
			return translation.of("size.kilobytes",
					bytes == 0 ? 0 : Math.max(1, Math.round(bytes / (double) KILOBYTE)));
		}
		return translation.of("size.megabytes", Math.round(bytes * 10.0 / MEGABYTE) / 10.0);
	}

}
