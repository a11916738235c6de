package org.pilotbridge.document;

import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A part of a document's body. Texts are plain text: a line break in a paragraph starts a
 * new line, other control characters are dropped, and a character the font lacks is
 * printed as {@code ?}.
 */
public sealed interface Block {

	/**
	 * A section heading.
	 *
	 * @param level 1 for a section, 2 for a subsection, 3 below that
	 */
	record Heading(int level, String text) implements Block {

		public Heading {
			if (level < 1 || level > 3) {
				throw new IllegalArgumentException("A heading level is 1, 2 or 3, not " + level);
			}
			Objects.requireNonNull(text, "text");
		}

	}

	record Paragraph(String text) implements Block {

		public Paragraph {
			Objects.requireNonNull(text, "text");
		}

	}

	/** Items set off by bullets, such as the criteria of a challenge. */
	record BulletList(List<String> items) implements Block {

		public BulletList {
			items = List.copyOf(items);
		}

	}

	/**
	 * Labels with their values in two columns, such as the facts at the top of a receipt.
	 */
	record KeyValues(List<KeyValue> rows) implements Block {

		public KeyValues {
			rows = List.copyOf(rows);
		}

	}

	/** One row of {@link KeyValues}. */
	record KeyValue(String label, String value) {

		public KeyValue {
			Objects.requireNonNull(label, "label");
			Objects.requireNonNull(value, "value");
		}

	}

	/**
	 * A table whose cells wrap and whose header row is repeated on every page it runs
	 * onto.
	 *
	 * @param rows each at most as long as the headers; missing cells stay empty
	 * @param columnWeights the relative width of each column, one per header
	 */
	record Table(List<String> headers, List<List<String>> rows, List<Float> columnWeights) implements Block {

		public Table {
			headers = List.copyOf(headers);
			rows = rows.stream().map(List::copyOf).toList();
			columnWeights = List.copyOf(columnWeights);
			if (headers.isEmpty()) {
				throw new IllegalArgumentException("A table needs at least one column");
			}
			if (columnWeights.size() != headers.size()
					|| columnWeights.stream().anyMatch(weight -> !(weight > 0) || weight.isInfinite())) {
				throw new IllegalArgumentException("A table needs one positive weight per column");
			}
			for (var row : rows) {
				if (row.size() > headers.size()) {
					throw new IllegalArgumentException("A row has more cells than the table has columns: " + row);
				}
			}
		}

		/** A table whose columns share the width equally. */
		public Table(List<String> headers, List<List<String>> rows) {
			this(headers, rows, Collections.nCopies(headers.size(), 1f));
		}

	}

	/** An empty line's worth of vertical space. */
	record Spacer() implements Block {
	}

	/** Continues on a new page. */
	record PageBreak() implements Block {
	}

}
