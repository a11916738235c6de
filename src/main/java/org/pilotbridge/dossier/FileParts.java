package org.pilotbridge.dossier;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.jspecify.annotations.Nullable;

import org.pilotbridge.shared.Sha256;

/**
 * The parts of a procurement file as they are written to its ZIP, one at a time, so that
 * only the part being written is held in memory; remembers each with its SHA-256 for the
 * index, and the parts that are absent with why.
 */
final class FileParts {

	private final ZipOutputStream zip;

	private final List<Part> parts = new ArrayList<>();

	private final Set<String> paths = new HashSet<>();

	FileParts(ZipOutputStream zip) {
		this.zip = zip;
	}

	/** Writes the part at the path (made unique if a part is there already). */
	void add(String description, String path, byte[] content) throws IOException {
		var unique = unique(path);
		zip.putNextEntry(new ZipEntry(unique));
		zip.write(content);
		zip.closeEntry();
		parts.add(new Part(description, unique, Sha256.hex(content), content.length, null));
	}

	/** Lists a part that does not exist for this challenge, with why. */
	void absent(String description, String why) {
		parts.add(new Part(description, null, null, 0, why));
	}

	List<Part> parts() {
		return List.copyOf(parts);
	}

	private String unique(String path) {
		var candidate = path;
		var dot = path.lastIndexOf('.');
		for (int n = 2; !paths.add(candidate); n++) {
			candidate = dot > path.lastIndexOf('/') ? path.substring(0, dot) + "-" + n + path.substring(dot)
					: path + "-" + n;
		}
		return candidate;
	}

	/**
	 * A part of the file.
	 *
	 * @param path where it is in the ZIP; {@code null} when it is absent
	 * @param sha256 the SHA-256 of its bytes, in lower-case hex; {@code null} when it is
	 * absent
	 * @param absence why it is absent; {@code null} when it is there
	 */
	record Part(String description, @Nullable String path, @Nullable String sha256, long size,
			@Nullable String absence) {
	}

}
