package org.pilotbridge.catalogue;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import org.pilotbridge.identity.PersonId;

/**
 * The images and brochures of solutions, in {@code solution_file}. Kept out of the
 * aggregate so that loading a solution never loads their bytes. Files never change: a new
 * upload is a new file.
 */
@Repository
class SolutionFiles {

	private final JdbcClient jdbc;

	SolutionFiles(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	SolutionFileId add(SolutionId solution, StoredFile file, PersonId by, Instant now) {
		var id = UUID.randomUUID();
		jdbc.sql(
				"""
						INSERT INTO solution_file (id, solution_id, kind, file_name, content_type, size_bytes, sha256, width,
						                           height, pages, content, uploaded_at, uploaded_by)
						VALUES (:id, :solution, :kind, :name, :type, :size, :sha256, :width, :height, :pages, :content, :now, :by)
						""")
			.param("id", id)
			.param("solution", solution.id())
			.param("kind", file.kind().name())
			.param("name", file.fileName())
			.param("type", file.contentType())
			.param("size", (long) file.content().length)
			.param("sha256", file.sha256())
			.param("width", file.width())
			.param("height", file.height())
			.param("pages", file.pages())
			.param("content", file.content())
			.param("now", Timestamp.from(now))
			.param("by", by.id())
			.update();
		return new SolutionFileId(id);
	}

	List<SolutionFileInfo> of(SolutionId solution) {
		return jdbc.sql("""
				SELECT id, kind, file_name, content_type, size_bytes, width, height, pages FROM solution_file
				WHERE solution_id = ? ORDER BY uploaded_at, id
				""")
			.param(solution.id())
			.query((rs, row) -> new SolutionFileInfo(new SolutionFileId(rs.getObject("id", UUID.class)),
					SolutionFileInfo.Kind.valueOf(rs.getString("kind")), rs.getString("file_name"),
					rs.getString("content_type"), rs.getLong("size_bytes"), (Integer) rs.getObject("width"),
					(Integer) rs.getObject("height"), (Integer) rs.getObject("pages")))
			.list();
	}

	Optional<SolutionFileContent> content(SolutionId solution, SolutionFileId file) {
		return jdbc.sql("""
				SELECT kind, file_name, content_type, content, sha256 FROM solution_file
				WHERE solution_id = ? AND id = ?
				""")
			.params(solution.id(), file.id())
			.query((rs, row) -> new SolutionFileContent(SolutionFileInfo.Kind.valueOf(rs.getString("kind")),
					rs.getString("file_name"), rs.getString("content_type"), rs.getBytes("content"),
					rs.getString("sha256")))
			.optional();
	}

	/**
	 * Deletes the files of the solution that neither of its versions refers to any more.
	 */
	void deleteAllBut(SolutionId solution, Collection<SolutionFileId> inUse) {
		var keep = inUse.stream().map(SolutionFileId::id).toList();
		if (keep.isEmpty()) {
			jdbc.sql("DELETE FROM solution_file WHERE solution_id = ?").param(solution.id()).update();
			return;
		}
		jdbc.sql("DELETE FROM solution_file WHERE solution_id = :solution AND id NOT IN (:keep)")
			.param("solution", solution.id())
			.param("keep", keep)
			.update();
	}

	/**
	 * A file ready to be stored: an image as re-encoded here, or a checked PDF.
	 */
	record StoredFile(SolutionFileInfo.Kind kind, String fileName, String contentType, byte[] content, String sha256,
			@org.jspecify.annotations.Nullable Integer width, @org.jspecify.annotations.Nullable Integer height,
			@org.jspecify.annotations.Nullable Integer pages) {
	}

}
