package org.pilotbridge.pilot.ui;

import java.util.List;
import java.util.Objects;
import java.util.function.DoubleFunction;

import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import org.pilotbridge.pilot.PlatformStatistics;
import org.pilotbridge.pilot.PublicResults;
import org.pilotbridge.pilot.PublishedPilot;

/**
 * The public Results section: the platform's figures per year and per agency, as charts drawn on the
 * server (SVG with a title and a description) and as tables, and the published results of pilots.
 */
@Route(PilotNavigation.RESULTS)
@Menu(order = 6, title = "pilot.menu.results", icon = "vaadin:chart")
@AnonymousAllowed
class ResultsView extends Main implements AfterNavigationObserver, HasDynamicTitle {

	private final PublicResults results;

	ResultsView(PublicResults results) {
		this.results = results;
		setId("main-content");
		addClassNames("page", "results-page");
	}

	@Override
	public void afterNavigation(AfterNavigationEvent event) {
		removeAll();
		var statistics = results.statistics();
		var lead = new Paragraph(getTranslation("pilot.results.lead"));
		lead.addClassName("lead");
		add(new H1(getTranslation("pilot.results.title")), lead, keyFigures(statistics.total()));
		add(years(statistics), outcomes(statistics.total()), agencies(statistics), stories(results.published()),
				definitions());
	}

	private Div keyFigures(PlatformStatistics.Row total) {
		var cards = new Div();
		cards.addClassNames("cards", "key-figures");
		cards.setId("key-figures");
		var locale = getLocale();
		var missing = getTranslation("pilot.results.no-figure");
		cards.add(figure(String.valueOf(total.challengesPublished()), "pilot.results.figure.challenges"),
				figure(String.valueOf(total.proposalsReceived()), "pilot.results.figure.proposals"),
				figure(total.smeShare() == null ? missing : Formats.number(total.smeShare().doubleValue(), locale) + " %",
						"pilot.results.figure.sme-share"),
				figure(Formats.number(total.medianDaysToAward(), locale, missing), "pilot.results.figure.median-days"),
				figure(String.valueOf(total.pilotsCompleted()), "pilot.results.figure.completed"));
		return cards;
	}

	private Div figure(String value, String labelKey) {
		var number = new Span(value);
		number.addClassName("figure-value");
		var card = new Div(number, new Paragraph(getTranslation(labelKey)));
		card.addClassNames("card", "count-card");
		return card;
	}

	private Section years(PlatformStatistics statistics) {
		var section = new Section(new H2(getTranslation("pilot.results.per-year")));
		section.setId("per-year");
		var rows = statistics.years();
		if (rows.isEmpty()) {
			section.add(new Paragraph(getTranslation("pilot.results.none-yet")));
			return section;
		}
		var years = rows.stream().map(PlatformStatistics.Row::label).toList();
		var locale = getLocale();
		DoubleFunction<String> whole = value -> Formats.number(value, locale);
		DoubleFunction<String> percent = value -> Formats.number(value, locale) + " %";
		var missing = getTranslation("pilot.results.no-figure");

		var volume = List.of(
				new BarChart.Series(getTranslation("pilot.results.column.challenges"),
						rows.stream().map(row -> (Double) (double) row.challengesPublished()).toList()),
				new BarChart.Series(getTranslation("pilot.results.column.proposals"),
						rows.stream().map(row -> (Double) (double) row.proposalsReceived()).toList()));
		section.add(chart("chart-volume", "pilot.results.chart.volume", years, volume, countTop(volume), whole, missing));

		var smes = List.of(new BarChart.Series(getTranslation("pilot.results.column.sme-share"),
				rows.stream().map(row -> row.smeShare() == null ? null : row.smeShare().doubleValue()).toList()));
		section.add(chart("chart-sme-share", "pilot.results.chart.sme-share", years, smes, 100, percent, missing));

		var days = List.of(new BarChart.Series(getTranslation("pilot.results.column.median-days"),
				rows.stream().map(row -> row.medianDaysToAward() == null ? null : row.medianDaysToAward().doubleValue())
					.toList()));
		section.add(chart("chart-median-days", "pilot.results.chart.median-days", years, days, 0, whole, missing));

		section.add(FiguresTable.of("figures-per-year", getTranslation("pilot.results.table.per-year"),
				"pilot.results.column.year", rows, statistics.total(), this, getLocale()));
		return section;
	}

	private Section outcomes(PlatformStatistics.Row total) {
		var section = new Section(new H2(getTranslation("pilot.results.outcomes")));
		section.setId("outcomes");
		var categories = List.of(getTranslation("pilot.outcome.SUCCEEDED"),
				getTranslation("pilot.outcome.PARTLY_SUCCEEDED"), getTranslation("pilot.outcome.DID_NOT_SUCCEED"),
				getTranslation("pilot.results.column.stopped"));
		var series = List.of(new BarChart.Series(getTranslation("pilot.results.outcomes.pilots"),
				List.of((double) total.succeeded(), (double) total.partlySucceeded(), (double) total.didNotSucceed(),
						(double) total.pilotsStopped())));
		var locale = getLocale();
		section.add(new Paragraph(getTranslation("pilot.results.outcomes.help", total.pilotsCompleted(),
				total.resultsPublished())));
		section.add(chart("chart-outcomes", "pilot.results.chart.outcomes", categories, series, countTop(series),
				value -> Formats.number(value, locale), getTranslation("pilot.results.no-figure")));
		return section;
	}

	private Section agencies(PlatformStatistics statistics) {
		var section = new Section(new H2(getTranslation("pilot.results.per-agency")));
		section.setId("per-agency");
		if (statistics.agencies().isEmpty()) {
			section.add(new Paragraph(getTranslation("pilot.results.none-yet")));
			return section;
		}
		section.add(FiguresTable.of("figures-per-agency", getTranslation("pilot.results.table.per-agency"),
				"pilot.results.column.agency", statistics.agencies(), statistics.total(), this, getLocale()));
		return section;
	}

	private Section stories(List<PublishedPilot> published) {
		var section = new Section(new H2(getTranslation("pilot.results.stories")));
		section.setId("stories");
		if (published.isEmpty()) {
			section.add(new Paragraph(getTranslation("pilot.results.no-stories")));
			return section;
		}
		var list = new Div();
		list.addClassName("cards");
		for (var pilot : published) {
			var link = new RouterLink(pilot.challengeTitle(), PilotResultView.class,
					PilotNavigation.reference(pilot.reference()));
			var card = new Article(new H3(link),
					new Paragraph(getTranslation("pilot.result.by", pilot.companyName(), pilot.agencyName())),
					new Div(PilotBadges.status(pilot.status(), this), new Span(" "), PilotBadges.outcome(pilot.outcome(), this)),
					new Paragraph(getTranslation(pilot.decision().messageKey())));
			card.addClassNames("card", "result-card");
			list.add(card);
		}
		section.add(list);
		return section;
	}

	private Section definitions() {
		var section = new Section(new H2(getTranslation("pilot.results.definitions")));
		section.addClassName("prose");
		for (var key : List.of("pilot.results.definition.cohort", "pilot.results.definition.proposals",
				"pilot.results.definition.smes", "pilot.results.definition.median",
				"pilot.results.definition.outcomes")) {
			section.add(new Paragraph(getTranslation(key)));
		}
		return section;
	}

	private Div chart(String id, String titleKey, List<String> categories, List<BarChart.Series> series, double top,
			DoubleFunction<String> format, String missing) {
		var title = getTranslation(titleKey);
		var description = BarChart.describe(title + ".", categories, series, format, missing);
		var chart = new Div();
		chart.getElement()
			.setProperty("innerHTML", BarChart.svg(id, title, description, categories, series, top, format));
		var figure = new Div(new H3(title), chart);
		figure.addClassName("chart-figure");
		return figure;
	}

	/** The top of a scale of whole numbers cut in four: a multiple of four, at least four. */
	private static double countTop(List<BarChart.Series> series) {
		var max = series.stream()
			.flatMap(s -> s.values().stream())
			.filter(Objects::nonNull)
			.mapToDouble(Double::doubleValue)
			.max()
			.orElse(0);
		return Math.max(4, Math.ceil(max / 4) * 4);
	}

	@Override
	public String getPageTitle() {
		return getTranslation("pilot.results.title") + " · Pilotbridge";
	}

}
