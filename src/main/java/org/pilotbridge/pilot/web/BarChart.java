package org.pilotbridge.pilot.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.DoubleFunction;

/**
 * A bar chart drawn on the server as SVG markup: one group of bars per category, one bar
 * per series, each labelled with its value, so that no colour has to be told apart to
 * read it. The SVG is an image with a title and a description that says every figure in
 * words; pages show the same figures in a table too. Every text is escaped.
 */
final class BarChart {

	static final int WIDTH = 640;

	static final int HEIGHT = 300;

	private static final int LEFT = 48;

	private static final int RIGHT = 16;

	private static final int TOP = 36;

	private static final int BOTTOM = 40;

	/** Dark enough on white (at least 3:1) to be seen without the value labels. */
	private static final String[] COLOURS = { "#1a4d8f", "#b45309", "#2e7d32", "#7b1fa2" };

	/**
	 * One series of values, one per category; {@code null} for a category without a
	 * value.
	 */
	record Series(String name, List<Double> values) {
	}

	private BarChart() {
	}

	/**
	 * @param id unique on the page; the title and description are identified from it
	 * @param maxValue the top of the scale, or 0 to take the largest value
	 * @param format how a value is written on its bar and in the description
	 */
	static String svg(String id, String title, String description, List<String> categories, List<Series> series,
			double maxValue, DoubleFunction<String> format) {
		var top = maxValue > 0 ? maxValue
				: niceCeiling(series.stream()
					.flatMap(s -> s.values().stream())
					.filter(Objects::nonNull)
					.mapToDouble(Double::doubleValue)
					.max()
					.orElse(1));
		var svg = new StringBuilder();
		open(svg, id, title, description);
		scale(svg, top, format);
		bars(svg, categories, series, top, format);
		axis(svg);
		if (series.size() > 1) {
			legend(svg, series);
		}
		return svg.append("</svg>").toString();
	}

	/** The opening tag, with the title and the description that name the image. */
	private static void open(StringBuilder svg, String id, String title, String description) {
		svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" viewBox=\"0 0 ")
			.append(WIDTH)
			.append(' ')
			.append(HEIGHT)
			.append("\" role=\"img\" aria-labelledby=\"")
			.append(id)
			.append("-title ")
			.append(id)
			.append("-desc\" id=\"")
			.append(id)
			.append("\">");
		svg.append("<title id=\"").append(id).append("-title\">").append(escape(title)).append("</title>");
		svg.append("<desc id=\"").append(id).append("-desc\">").append(escape(description)).append("</desc>");
	}

	/** Five grid lines from 0 to the top of the scale, each with its value. */
	private static void scale(StringBuilder svg, double top, DoubleFunction<String> format) {
		var plotHeight = HEIGHT - TOP - BOTTOM;
		for (var step = 0; step <= 4; step++) {
			var value = top * step / 4;
			var y = TOP + plotHeight - plotHeight * step / 4.0;
			svg.append("<line x1=\"")
				.append(LEFT)
				.append("\" x2=\"")
				.append(WIDTH - RIGHT)
				.append("\" y1=\"")
				.append(number(y))
				.append("\" y2=\"")
				.append(number(y))
				.append("\" stroke=\"#d0d5dc\" stroke-width=\"1\"/>");
			svg.append("<text x=\"")
				.append(LEFT - 6)
				.append("\" y=\"")
				.append(number(y + 4))
				.append("\" text-anchor=\"end\" font-size=\"11\" fill=\"#3b4350\">")
				.append(escape(format.apply(value)))
				.append("</text>");
		}
	}

	/** A group of bars per category, a bar per series, each with its value above it. */
	private static void bars(StringBuilder svg, List<String> categories, List<Series> series, double top,
			DoubleFunction<String> format) {
		var plotWidth = WIDTH - LEFT - RIGHT;
		var plotHeight = HEIGHT - TOP - BOTTOM;
		var groups = Math.max(1, categories.size());
		var groupWidth = plotWidth / (double) groups;
		var barWidth = Math.min(48, groupWidth * 0.7 / Math.max(1, series.size()));
		for (var c = 0; c < categories.size(); c++) {
			var groupStart = LEFT + groupWidth * c + (groupWidth - barWidth * series.size()) / 2;
			for (var s = 0; s < series.size(); s++) {
				var value = series.get(s).values().get(c);
				if (value == null) {
					continue;
				}
				var height = top == 0 ? 0 : plotHeight * Math.min(value, top) / top;
				var x = groupStart + barWidth * s;
				var y = TOP + plotHeight - height;
				svg.append("<rect x=\"")
					.append(number(x))
					.append("\" y=\"")
					.append(number(y))
					.append("\" width=\"")
					.append(number(barWidth - 2))
					.append("\" height=\"")
					.append(number(height))
					.append("\" fill=\"")
					.append(COLOURS[s % COLOURS.length])
					.append("\"/>");
				svg.append("<text x=\"")
					.append(number(x + (barWidth - 2) / 2))
					.append("\" y=\"")
					.append(number(y - 4))
					.append("\" text-anchor=\"middle\" font-size=\"11\" fill=\"#1f2933\">")
					.append(escape(format.apply(value)))
					.append("</text>");
			}
			svg.append("<text x=\"")
				.append(number(LEFT + groupWidth * c + groupWidth / 2))
				.append("\" y=\"")
				.append(HEIGHT - BOTTOM + 18)
				.append("\" text-anchor=\"middle\" font-size=\"12\" fill=\"#1f2933\">")
				.append(escape(categories.get(c)))
				.append("</text>");
		}
	}

	/** The base line under the bars. */
	private static void axis(StringBuilder svg) {
		var plotHeight = HEIGHT - TOP - BOTTOM;
		svg.append("<line x1=\"")
			.append(LEFT)
			.append("\" x2=\"")
			.append(WIDTH - RIGHT)
			.append("\" y1=\"")
			.append(TOP + plotHeight)
			.append("\" y2=\"")
			.append(TOP + plotHeight)
			.append("\" stroke=\"#3b4350\" stroke-width=\"1\"/>");
	}

	/** The colour and the name of each series, above the chart. */
	private static void legend(StringBuilder svg, List<Series> series) {
		var x = (double) LEFT;
		for (var s = 0; s < series.size(); s++) {
			svg.append("<rect x=\"")
				.append(number(x))
				.append("\" y=\"8\" width=\"12\" height=\"12\" fill=\"")
				.append(COLOURS[s % COLOURS.length])
				.append("\"/>");
			svg.append("<text x=\"")
				.append(number(x + 16))
				.append("\" y=\"18\" font-size=\"12\" fill=\"#1f2933\">")
				.append(escape(series.get(s).name()))
				.append("</text>");
			x += 24 + series.get(s).name().length() * 7;
		}
	}

	/**
	 * "2025: challenges 3, proposals 7. 2026: …": every figure of the chart, for its
	 * description.
	 */
	static String describe(String lead, List<String> categories, List<Series> series, DoubleFunction<String> format,
			String missing) {
		var parts = new ArrayList<String>();
		for (var c = 0; c < categories.size(); c++) {
			var values = new ArrayList<String>();
			for (var s : series) {
				var value = s.values().get(c);
				values.add(s.name() + " " + (value == null ? missing : format.apply(value)));
			}
			parts.add(categories.get(c) + ": " + String.join(", ", values));
		}
		return lead + " " + String.join(". ", parts) + ".";
	}

	/** 1, 2 or 5 times a power of ten, at least the value. */
	static double niceCeiling(double value) {
		if (value <= 0) {
			return 1;
		}
		var magnitude = Math.pow(10, Math.floor(Math.log10(value)));
		for (var factor : new double[] { 1, 2, 5, 10 }) {
			if (factor * magnitude >= value) {
				return factor * magnitude;
			}
		}
		return 10 * magnitude;
	}

	private static String number(double value) {
		return String.format(Locale.ROOT, "%.1f", value);
	}

	static String escape(String text) {
		var out = new StringBuilder(text.length());
		for (var ch : text.toCharArray()) {
			switch (ch) {
				case '&' -> out.append("&amp;");
				case '<' -> out.append("&lt;");
				case '>' -> out.append("&gt;");
				case '"' -> out.append("&quot;");
				case '\'' -> out.append("&#39;");
				default -> out.append(ch);
			}
		}
		return out.toString();
	}

}
