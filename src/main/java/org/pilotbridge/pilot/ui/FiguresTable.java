package org.pilotbridge.pilot.ui;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.dom.Element;

import org.pilotbridge.pilot.PlatformStatistics;

/**
 * The figures of the statistics as an HTML table with a caption and header cells, so that screen
 * readers announce each figure with its row and column.
 */
final class FiguresTable {

	private FiguresTable() {
	}

	static Div of(String id, String caption, String firstColumnKey, List<PlatformStatistics.Row> rows,
			PlatformStatistics.Row total, Component translator, Locale locale) {
		var table = new Element("table");
		table.getClassList().add("figures-table");
		table.setAttribute("id", id);
		table.appendChild(new Element("caption").setText(caption));
		var head = new Element("thead");
		var headRow = new Element("tr");
		header(headRow, translator.getTranslation(firstColumnKey));
		for (var column : COLUMNS) {
			header(headRow, translator.getTranslation(column.key()));
		}
		head.appendChild(headRow);
		table.appendChild(head);
		var body = new Element("tbody");
		var missing = translator.getTranslation("pilot.results.no-figure");
		for (var row : rows) {
			body.appendChild(line(row.label(), row, locale, missing));
		}
		table.appendChild(body);
		var foot = new Element("tfoot");
		foot.appendChild(line(translator.getTranslation("pilot.results.total"), total, locale, missing));
		table.appendChild(foot);
		var wrapper = new Div();
		wrapper.addClassName("table-scroll");
		// A wide table scrolls sideways on a narrow screen: the keyboard must be able to scroll it too.
		wrapper.getElement().setAttribute("tabindex", "0");
		wrapper.getElement().setAttribute("role", "region");
		wrapper.getElement().setAttribute("aria-label", caption);
		wrapper.getElement().appendChild(table);
		return wrapper;
	}

	private record Column(String key, Function<Cell, String> value) {
	}

	private record Cell(PlatformStatistics.Row row, Locale locale, String missing) {
	}

	private static final List<Column> COLUMNS = List.of(
			new Column("pilot.results.column.challenges", c -> String.valueOf(c.row().challengesPublished())),
			new Column("pilot.results.column.proposals", c -> String.valueOf(c.row().proposalsReceived())),
			new Column("pilot.results.column.awards", c -> String.valueOf(c.row().awards())),
			new Column("pilot.results.column.sme-awards", c -> String.valueOf(c.row().awardsToSmes())),
			new Column("pilot.results.column.sme-share",
					c -> c.row().smeShare() == null ? c.missing()
							: Formats.number(c.row().smeShare().doubleValue(), c.locale()) + " %"),
			new Column("pilot.results.column.median-days",
					c -> Formats.number(c.row().medianDaysToAward(), c.locale(), c.missing())),
			new Column("pilot.results.column.completed", c -> String.valueOf(c.row().pilotsCompleted())),
			new Column("pilot.results.column.stopped", c -> String.valueOf(c.row().pilotsStopped())),
			new Column("pilot.results.column.succeeded", c -> String.valueOf(c.row().succeeded())),
			new Column("pilot.results.column.partly", c -> String.valueOf(c.row().partlySucceeded())),
			new Column("pilot.results.column.not-succeeded", c -> String.valueOf(c.row().didNotSucceed())));

	private static Element line(String label, PlatformStatistics.Row row, Locale locale, String missing) {
		var line = new Element("tr");
		var first = new Element("th");
		first.setAttribute("scope", "row");
		first.setText(label);
		line.appendChild(first);
		var cell = new Cell(row, locale, missing);
		for (var column : COLUMNS) {
			line.appendChild(new Element("td").setText(column.value().apply(cell)));
		}
		return line;
	}

	private static void header(Element row, String text) {
		var header = new Element("th");
		header.setAttribute("scope", "col");
		header.setText(text);
		row.appendChild(header);
	}

}
