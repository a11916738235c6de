package org.pilotbridge.pilot.web;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.DoubleFunction;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

import org.pilotbridge.pilot.PlatformStatistics;
import org.pilotbridge.shared.web.PublicPage;

/**
 * The platform's figures as the Results section shows them, in the page's language: the
 * key figures, charts drawn on the server ({@link BarChart}: SVG with a title and a
 * description saying every figure) and the same figures as tables with a caption and
 * header cells, so that screen readers announce each figure with its row and column.
 */
final class ResultsFigures {

	private ResultsFigures() {
	}

	static List<KeyFigure> keyFigures(PlatformStatistics.Row total, PublicPage page) {
		var locale = page.locale();
		var missing = page.message("pilot.results.no-figure");
		return List.of(
				new KeyFigure(String.valueOf(total.challengesPublished()),
						page.message("pilot.results.figure.challenges")),
				new KeyFigure(String.valueOf(total.proposalsReceived()),
						page.message("pilot.results.figure.proposals")),
				new KeyFigure(
						total.smeShare() == null ? missing : number(total.smeShare().doubleValue(), locale) + " %",
						page.message("pilot.results.figure.sme-share")),
				new KeyFigure(number(total.medianDaysToAward(), locale, missing),
						page.message("pilot.results.figure.median-days")),
				new KeyFigure(String.valueOf(total.pilotsCompleted()), page.message("pilot.results.figure.completed")));
	}

	/** The charts of the figures per year: volume, share to SMEs, days to award. */
	static List<Chart> yearCharts(PlatformStatistics statistics, PublicPage page) {
		var rows = statistics.years();
		var years = rows.stream().map(PlatformStatistics.Row::label).toList();
		var locale = page.locale();
		DoubleFunction<String> whole = value -> number(value, locale);
		DoubleFunction<String> percent = value -> number(value, locale) + " %";
		var volume = List.of(
				new BarChart.Series(page.message("pilot.results.column.challenges"),
						rows.stream().map(row -> (Double) (double) row.challengesPublished()).toList()),
				new BarChart.Series(page.message("pilot.results.column.proposals"),
						rows.stream().map(row -> (Double) (double) row.proposalsReceived()).toList()));
		var smes = List.of(new BarChart.Series(page.message("pilot.results.column.sme-share"),
				rows.stream().map(row -> row.smeShare() == null ? null : row.smeShare().doubleValue()).toList()));
		var days = List.of(new BarChart.Series(page.message("pilot.results.column.median-days"),
				rows.stream()
					.map(row -> row.medianDaysToAward() == null ? null : row.medianDaysToAward().doubleValue())
					.toList()));
		return List.of(
				chart("chart-volume", "pilot.results.chart.volume", years, volume, countTop(volume), whole, page),
				chart("chart-sme-share", "pilot.results.chart.sme-share", years, smes, 100, percent, page),
				chart("chart-median-days", "pilot.results.chart.median-days", years, days, 0, whole, page));
	}

	/** The outcomes of the pilots with published results, and the pilots stopped. */
	static Chart outcomes(PlatformStatistics.Row total, PublicPage page) {
		var categories = List.of(page.message("pilot.outcome.SUCCEEDED"),
				page.message("pilot.outcome.PARTLY_SUCCEEDED"), page.message("pilot.outcome.DID_NOT_SUCCEED"),
				page.message("pilot.results.column.stopped"));
		var series = List
			.of(new BarChart.Series(page.message("pilot.results.outcomes.pilots"), List.of((double) total.succeeded(),
					(double) total.partlySucceeded(), (double) total.didNotSucceed(), (double) total.pilotsStopped())));
		var locale = page.locale();
		return chart("chart-outcomes", "pilot.results.chart.outcomes", categories, series, countTop(series),
				value -> number(value, locale), page);
	}

	static Table table(String id, String captionKey, String firstColumnKey, List<PlatformStatistics.Row> rows,
			PlatformStatistics.Row total, PublicPage page) {
		var locale = page.locale();
		var missing = page.message("pilot.results.no-figure");
		var headers = new java.util.ArrayList<String>();
		headers.add(page.message(firstColumnKey));
		COLUMNS.forEach(column -> headers.add(page.message(column.key())));
		Function<PlatformStatistics.Row, List<String>> cells = row -> COLUMNS.stream()
			.map(column -> column.value().apply(new Cell(row, locale, missing)))
			.toList();
		return new Table(id, page.message(captionKey), headers,
				rows.stream().map(row -> new Line(row.label(), cells.apply(row))).toList(),
				new Line(page.message("pilot.results.total"), cells.apply(total)));
	}

	private static Chart chart(String id, String titleKey, List<String> categories, List<BarChart.Series> series,
			double top, DoubleFunction<String> format, PublicPage page) {
		var title = page.message(titleKey);
		var description = BarChart.describe(title + ".", categories, series, format,
				page.message("pilot.results.no-figure"));
		return new Chart(id, title, BarChart.svg(id, title, description, categories, series, top, format));
	}

	/**
	 * The top of a scale of whole numbers cut in four: a multiple of four, at least four.
	 */
	private static double countTop(List<BarChart.Series> series) {
		var max = series.stream()
			.flatMap(s -> s.values().stream())
			.filter(Objects::nonNull)
			.mapToDouble(Double::doubleValue)
			.max()
			.orElse(0);
		return Math.max(4, Math.ceil(max / 4) * 4);
	}

	/**
	 * A whole number, or one with at most one decimal, such as {@code 12}, {@code 12.5}
	 * or {@code 12,5}.
	 */
	static String number(double value, Locale locale) {
		var format = NumberFormat.getNumberInstance(locale);
		format.setMaximumFractionDigits(1);
		format.setMinimumFractionDigits(0);
		return format.format(value);
	}

	static String number(@Nullable BigDecimal value, Locale locale, String missing) {
		return value == null ? missing : number(value.doubleValue(), locale);
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
							: number(c.row().smeShare().doubleValue(), c.locale()) + " %"),
			new Column("pilot.results.column.median-days",
					c -> number(c.row().medianDaysToAward(), c.locale(), c.missing())),
			new Column("pilot.results.column.completed", c -> String.valueOf(c.row().pilotsCompleted())),
			new Column("pilot.results.column.stopped", c -> String.valueOf(c.row().pilotsStopped())),
			new Column("pilot.results.column.succeeded", c -> String.valueOf(c.row().succeeded())),
			new Column("pilot.results.column.partly", c -> String.valueOf(c.row().partlySucceeded())),
			new Column("pilot.results.column.not-succeeded", c -> String.valueOf(c.row().didNotSucceed())));

	record KeyFigure(String value, String label) {
	}

	/**
	 * A chart and its heading.
	 *
	 * @param svg the chart, every text in it escaped ({@link BarChart#svg})
	 */
	record Chart(String id, String title, String svg) {
	}

	/**
	 * A table of figures: a caption, the column headers, a line per row and the total.
	 */
	record Table(String id, String caption, List<String> headers, List<Line> lines, Line total) {
	}

	/** A line of a table: its header cell and its figures. */
	record Line(String label, List<String> cells) {
	}

}
