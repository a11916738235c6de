package org.pilotbridge.pilot.web;

import java.util.Arrays;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BarChartTests {

	private static final List<BarChart.Series> SERIES = List.of(new BarChart.Series("Challenges", List.of(3.0, 5.0)),
			new BarChart.Series("Proposals <all>", Arrays.asList(7.0, null)));

	@Test
	void drawsAnAccessibleImageWithEveryFigureInItsDescription() {
		var description = BarChart.describe("Per year.", List.of("2031", "2032"), SERIES,
				value -> String.valueOf((int) value), "none");
		var svg = Jsoup.parse(BarChart.svg("volume", "Per year", description, List.of("2031", "2032"), SERIES, 8,
				value -> String.valueOf((int) value)), "", Parser.xmlParser());

		var root = svg.selectFirst("svg");
		assertThat(root.attr("role")).isEqualTo("img");
		assertThat(root.attr("aria-labelledby")).isEqualTo("volume-title volume-desc");
		assertThat(svg.selectFirst("title#volume-title").text()).isEqualTo("Per year");
		assertThat(svg.selectFirst("desc#volume-desc").text())
			.isEqualTo("Per year. 2031: Challenges 3, Proposals <all> 7. 2032: Challenges 5, Proposals <all> none.");
		assertThat(svg.select("rect[height]").stream().filter(rect -> !"12".equals(rect.attr("height"))).count())
			.as("one bar per value, none for the missing one, besides the legend")
			.isEqualTo(3);
		assertThat(svg.select("text").eachText()).contains("3", "5", "7", "2031", "2032", "Proposals <all>");
	}

	@Test
	void escapesEveryText() {
		var svg = BarChart.svg("x", "A & B", "<script>", List.of("<b>"),
				List.of(new BarChart.Series("\"s\"", List.of(1.0))), 0, value -> "1");

		assertThat(svg).doesNotContain("<script>", "<b>").contains("A &amp; B", "&lt;script&gt;", "&lt;b&gt;");
	}

	@Test
	void roundsTheTopOfTheScaleToOneTwoOrFiveTimesAPowerOfTen() {
		assertThat(BarChart.niceCeiling(37)).isEqualTo(50);
		assertThat(BarChart.niceCeiling(44)).isEqualTo(50);
		assertThat(BarChart.niceCeiling(120)).isEqualTo(200);
		assertThat(BarChart.niceCeiling(0)).isEqualTo(1);
	}

}
