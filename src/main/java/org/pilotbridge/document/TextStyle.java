package org.pilotbridge.document;

import java.util.ArrayList;
import java.util.List;

/**
 * A typeface at a size, which breaks text into lines of a given width.
 */
record TextStyle(Typeface typeface, float size) {

	/** The distance between two baselines. */
	float leading() {
		return size * 1.35f;
	}

	float width(String printable) {
		return typeface.width(printable, size);
	}

	/**
	 * Breaks the text into lines no wider than the width: at line breaks, between words,
	 * and inside a word only when the word alone is wider than a line. Always returns at
	 * least one (maybe empty) line, each printable by the typeface.
	 */
	List<String> wrap(String text, float width) {
		var lines = new ArrayList<String>();
		for (var paragraph : typeface.printable(text).split("\n", -1)) {
			wrapParagraph(paragraph, width, lines);
		}
		return lines;
	}

	private void wrapParagraph(String paragraph, float width, List<String> lines) {
		var space = width(" ");
		var line = new StringBuilder();
		float lineWidth = 0;
		for (var word : paragraph.split(" ")) {
			if (word.isEmpty()) {
				continue;
			}
			var wordWidth = width(word);
			if (!line.isEmpty() && lineWidth + space + wordWidth <= width) {
				line.append(' ').append(word);
				lineWidth += space + wordWidth;
				continue;
			}
			if (!line.isEmpty()) {
				lines.add(line.toString());
				line.setLength(0);
			}
			if (wordWidth <= width) {
				line.append(word);
				lineWidth = wordWidth;
				continue;
			}
			lineWidth = breakWord(word, width, lines, line);
		}
		lines.add(line.toString());
	}

	/**
	 * Puts the pieces of a word wider than a line on lines of their own, leaving the last
	 * piece in the line under way. Each piece holds at least one character, so that even
	 * a line narrower than a letter makes progress.
	 */
	private float breakWord(String word, float width, List<String> lines, StringBuilder line) {
		float pieceWidth = 0;
		for (int i = 0; i < word.length();) {
			var codePoint = word.codePointAt(i);
			var advance = typeface.width(Character.toString(codePoint), size);
			if (!line.isEmpty() && pieceWidth + advance > width) {
				lines.add(line.toString());
				line.setLength(0);
				pieceWidth = 0;
			}
			line.appendCodePoint(codePoint);
			pieceWidth += advance;
			i += Character.charCount(codePoint);
		}
		return pieceWidth;
	}

}
