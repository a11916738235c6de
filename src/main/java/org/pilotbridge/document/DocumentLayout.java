package org.pilotbridge.document;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;

import org.pilotbridge.document.Block.BulletList;
import org.pilotbridge.document.Block.Heading;
import org.pilotbridge.document.Block.KeyValues;
import org.pilotbridge.document.Block.PageBreak;
import org.pilotbridge.document.Block.Paragraph;
import org.pilotbridge.document.Block.Spacer;
import org.pilotbridge.document.Block.Table;

/**
 * Lays out the title and the blocks of a document on pages, then adds the footers.
 */
final class DocumentLayout {

	private static final float BODY_SIZE = 10.5f;

	private static final float CELL_PADDING = 4f;

	private static final float BULLET_INDENT = 14f;

	/**
	 * A repeated table header may take at most this share of a page, so that rows still
	 * fit.
	 */
	private static final float MAX_HEADER_SHARE = 0.25f;

	private final PageWriter writer;

	private final TextStyle body;

	private final TextStyle strong;

	private final TextStyle title;

	private final TextStyle footer;

	private final List<TextStyle> headings;

	DocumentLayout(PDDocument pdf, Typeface regular, Typeface bold) {
		this.writer = new PageWriter(pdf);
		this.body = new TextStyle(regular, BODY_SIZE);
		this.strong = new TextStyle(bold, BODY_SIZE);
		this.title = new TextStyle(bold, 18f);
		this.footer = new TextStyle(regular, 8.5f);
		this.headings = List.of(new TextStyle(bold, 14f), new TextStyle(bold, 12f), new TextStyle(bold, BODY_SIZE));
	}

	void layOut(Document document) throws IOException {
		writer.newPage();
		lines(title.wrap(document.title(), writer.width()), title);
		writer.moveDown(title.leading() * 0.5f);
		for (var block : document.blocks()) {
			switch (block) {
				case Heading heading -> heading(heading);
				case Paragraph paragraph -> paragraph(paragraph.text());
				case BulletList list -> bullets(list);
				case KeyValues keyValues -> keyValues(keyValues);
				case Table table -> table(table);
				case Spacer spacer -> writer.moveDown(body.leading());
				case PageBreak pageBreak -> pageBreak();
			}
		}
		writer.footers(document.title(), footer);
	}

	private void heading(Heading heading) throws IOException {
		var style = headings.get(heading.level() - 1);
		var lines = style.wrap(heading.text(), writer.width());
		if (!writer.atTopOfPage()) {
			writer.moveDown(style.size() * 0.8f);
		}
		// Keeps the heading on the page of the first lines below it.
		writer.ensureRoom(Math.min(lines.size() * style.leading() + 2 * body.leading(), writer.pageHeight()));
		lines(lines, style);
		writer.moveDown(style.size() * 0.3f);
	}

	private void paragraph(String text) throws IOException {
		lines(body.wrap(text, writer.width()), body);
		writer.moveDown(body.leading() * 0.5f);
	}

	private void lines(List<String> lines, TextStyle style) throws IOException {
		for (var line : lines) {
			writer.ensureRoom(style.leading());
			writer.text(line, style, writer.left(), PageWriter.TEXT_COLOUR);
			writer.moveDown(style.leading());
		}
	}

	private void bullets(BulletList list) throws IOException {
		var bullet = body.typeface().printable("•");
		for (var item : list.items()) {
			var lines = body.wrap(item, writer.width() - BULLET_INDENT);
			for (int i = 0; i < lines.size(); i++) {
				writer.ensureRoom(body.leading());
				if (i == 0) {
					writer.text(bullet, body, writer.left() + 2, PageWriter.TEXT_COLOUR);
				}
				writer.text(lines.get(i), body, writer.left() + BULLET_INDENT, PageWriter.TEXT_COLOUR);
				writer.moveDown(body.leading());
			}
			writer.moveDown(body.leading() * 0.2f);
		}
		writer.moveDown(body.leading() * 0.3f);
	}

	private void pageBreak() throws IOException {
		if (!writer.atTopOfPage()) {
			writer.newPage();
		}
	}

	private void keyValues(KeyValues keyValues) throws IOException {
		var grid = new Grid(List.of(0.35f, 0.65f), false);
		for (var row : keyValues.rows()) {
			grid.row(List.of(strong.wrap(row.label(), grid.textWidth(0)), body.wrap(row.value(), grid.textWidth(1))),
					false);
		}
		writer.moveDown(body.leading() * 0.5f);
	}

	private void table(Table table) throws IOException {
		var grid = new Grid(table.columnWeights(), true);
		var header = new ArrayList<List<String>>();
		for (int column = 0; column < table.headers().size(); column++) {
			header.add(strong.wrap(table.headers().get(column), grid.textWidth(column)));
		}
		grid.header(header);
		for (var row : table.rows()) {
			var cells = new ArrayList<List<String>>();
			for (int column = 0; column < table.headers().size(); column++) {
				var text = column < row.size() ? row.get(column) : "";
				cells.add(body.wrap(text, grid.textWidth(column)));
			}
			grid.row(cells, false);
		}
		writer.moveDown(body.leading() * 0.5f);
	}

	/**
	 * Rows of wrapped cells. A row that does not fit in the rest of a page moves to the
	 * next page; a row taller than a page is split between pages. Every page of a table
	 * starts with its header (unless the header alone would fill a good part of the
	 * page).
	 */
	private final class Grid {

		private final float[] widths;

		private final boolean framed;

		private List<List<String>> header = List.of();

		private Grid(List<Float> weights, boolean framed) {
			this.framed = framed;
			var total = weights.stream().mapToDouble(Float::doubleValue).sum();
			this.widths = new float[weights.size()];
			for (int i = 0; i < widths.length; i++) {
				widths[i] = (float) (writer.width() * weights.get(i) / total);
			}
		}

		float textWidth(int column) {
			return Math.max(1, widths[column] - 2 * CELL_PADDING);
		}

		void header(List<List<String>> cells) throws IOException {
			header = height(cells) <= writer.pageHeight() * MAX_HEADER_SHARE ? cells : List.of();
			writer.ensureRoom(height(cells) + body.leading() + 2 * CELL_PADDING);
			row(cells, true);
		}

		void row(List<List<String>> cells, boolean isHeader) throws IOException {
			var lineCount = cells.stream().mapToInt(List::size).max().orElse(1);
			var done = 0;
			while (done < lineCount) {
				var rest = (lineCount - done) * body.leading() + 2 * CELL_PADDING;
				var freshPage = writer.pageHeight() - height(header);
				if (writer.room() < rest && (rest <= freshPage || writer.room() < body.leading() + 2 * CELL_PADDING)) {
					newPageWithHeader();
				}
				var fitting = (int) ((writer.room() - 2 * CELL_PADDING) / body.leading());
				var count = Math.max(1, Math.min(lineCount - done, fitting));
				draw(cells, done, count, isHeader);
				done += count;
			}
		}

		private void newPageWithHeader() throws IOException {
			writer.newPage();
			if (!header.isEmpty()) {
				draw(header, 0, header.stream().mapToInt(List::size).max().orElse(1), true);
			}
		}

		private void draw(List<List<String>> cells, int from, int count, boolean isHeader) throws IOException {
			var top = writer.y();
			var height = count * body.leading() + 2 * CELL_PADDING;
			var x = writer.left();
			for (int column = 0; column < widths.length; column++) {
				if (isHeader) {
					writer.shade(x, top, widths[column], height);
				}
				if (framed) {
					writer.box(x, top, widths[column], height);
				}
				var lines = cells.get(column);
				var style = isHeader || (!framed && column == 0) ? strong : body;
				for (int line = from; line < Math.min(lines.size(), from + count); line++) {
					var lineTop = top - CELL_PADDING - (line - from) * body.leading();
					writer.text(lines.get(line), style, x + CELL_PADDING, PageWriter.baseline(lineTop, body),
							PageWriter.TEXT_COLOUR);
				}
				x += widths[column];
			}
			if (!framed) {
				writer.rule(writer.left(), top - height, writer.width());
			}
			writer.moveDown(height);
		}

		private float height(List<List<String>> cells) {
			return cells.stream().mapToInt(List::size).max().orElse(0) * body.leading() + 2 * CELL_PADDING;
		}

	}

}
