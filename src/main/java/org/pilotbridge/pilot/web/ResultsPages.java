package org.pilotbridge.pilot.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

import org.pilotbridge.challenge.ChallengeLinks;
import org.pilotbridge.pilot.PilotStatus;
import org.pilotbridge.pilot.PublishedPilot;
import org.pilotbridge.shared.Markdown;
import org.pilotbridge.shared.PublicPaths;
import org.pilotbridge.shared.web.PublicController;
import org.pilotbridge.shared.web.PublicPage;
import org.pilotbridge.shared.web.TimeTexts;

/**
 * The Results section on the public site ({@code /results}): the platform's figures per
 * year and per agency as charts and tables ({@link ResultsFigures}), the published
 * results of pilots and how the figures are counted; and the results page of every pilot
 * whose results are published ({@code /results/<reference>}): what was tried, by whom,
 * for how much and when, how it went, what was learned and decided, and the company's own
 * account. Whole in the first response.
 */
@PublicController
class ResultsPages {

	/** The length of a description search engines show. */
	private static final int DESCRIPTION_LENGTH = 200;

	private final PublishedResults results;

	private final TimeTexts times;

	ResultsPages(PublishedResults results, TimeTexts times) {
		this.results = results;
		this.times = times;
	}

	@GetMapping({ "/results", PublicPaths.IN_LANGUAGE + "/results" })
	String section(PublicPage page, Model model) {
		var section = results.section();
		var statistics = section.statistics();
		page.title(page.message("pilot.results.title")).description(page.message("pilot.results.lead"));
		model.addAttribute("keyFigures", ResultsFigures.keyFigures(statistics.total(), page));
		var hasYears = !statistics.years().isEmpty();
		model.addAttribute("yearCharts", hasYears ? ResultsFigures.yearCharts(statistics, page) : List.of());
		model.addAttribute("yearTable",
				hasYears ? ResultsFigures.table("figures-per-year", "pilot.results.table.per-year",
						"pilot.results.column.year", statistics.years(), statistics.total(), page) : null);
		model.addAttribute("outcomesHelp", page.message("pilot.results.outcomes.help",
				statistics.total().pilotsCompleted(), statistics.total().resultsPublished()));
		model.addAttribute("outcomes", ResultsFigures.outcomes(statistics.total(), page));
		model.addAttribute("agencyTable",
				statistics.agencies().isEmpty() ? null
						: ResultsFigures.table("figures-per-agency", "pilot.results.table.per-agency",
								"pilot.results.column.agency", statistics.agencies(), statistics.total(), page));
		model.addAttribute("stories", section.published().stream().map(pilot -> story(pilot, page)).toList());
		model.addAttribute("definitions",
				List.of("cohort", "proposals", "smes", "median", "outcomes")
					.stream()
					.map(key -> page.message("pilot.results.definition." + key))
					.toList());
		return "pilot/results";
	}

	@GetMapping({ "/results/{reference}", PublicPaths.IN_LANGUAGE + "/results/{reference}" })
	String pilot(@PathVariable String reference, PublicPage page, Model model) {
		var pilot = results.pilot(reference).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		var locale = page.locale();
		page.title(pilot.challengeTitle() + " · " + pilot.companyName())
			.description(Markdown.plainText(pilot.lessons(), DESCRIPTION_LENGTH))
			.type("article")
			.image("/cards/results/" + pilot.reference() + ".png");
		model.addAttribute("pilot", pilot);
		model.addAttribute("story", story(pilot, page));
		var facts = new ArrayList<Fact>();
		facts.add(new Fact(page.message("pilot.field.reference"), pilot.reference(), null));
		facts.add(new Fact(page.message("pilot.field.challenge"), pilot.challengeReference(),
				page.to(ChallengeLinks.page(pilot.challengeReference()))));
		facts.add(new Fact(page.message("pilot.field.agency"), pilot.agencyName(), null));
		facts.add(new Fact(page.message("pilot.field.company"), pilot.companyName(), null));
		if (pilot.amount() != null) {
			facts.add(new Fact(page.message("pilot.field.amount"), pilot.amount().format(locale), null));
		}
		facts.add(new Fact(page.message("pilot.field.period"), page.message("pilot.field.period-value",
				date(pilot.startDate(), locale), date(pilot.endDate(), locale)), null));
		facts.add(new Fact(page.message("pilot.field.status"), page.message(pilot.status().messageKey()), null));
		facts.add(new Fact(page.message("pilot.field.outcome"), page.message(pilot.outcome().messageKey()), null));
		facts.add(new Fact(page.message("pilot.field.decision"), page.message(pilot.decision().messageKey()), null));
		model.addAttribute("facts", facts);
		model.addAttribute("stopReason", pilot.status() == PilotStatus.STOPPED ? pilot.stopReason() : null);
		// Readers are told when the company last changed its account, and whether after
		// publication.
		model.addAttribute("accountChanged",
				pilot.companyAccountChangedAt() == null ? null
						: page.message(
								pilot.accountRevisedAfterPublication() ? "pilot.result.account-revised-at"
										: "pilot.result.account-changed-at",
								times.dateTime(pilot.companyAccountChangedAt(), pilot.timeZone(), locale)));
		model.addAttribute("milestones",
				pilot.milestones()
					.stream()
					.map(milestone -> page.message(milestone.done() ? "pilot.milestone.met" : "pilot.milestone.not-met",
							milestone.title(), date(milestone.dueDate(), locale)))
					.toList());
		return "pilot/result";
	}

	private static Story story(PublishedPilot pilot, PublicPage page) {
		return new Story(page.to(pilot.path()), pilot.challengeTitle(),
				page.message("pilot.result.by", pilot.companyName(), pilot.agencyName()),
				page.message(pilot.status().messageKey()),
				"badge-pilot-" + pilot.status().name().toLowerCase(Locale.ROOT),
				page.message(pilot.outcome().messageKey()),
				"badge-outcome-" + pilot.outcome().name().toLowerCase(Locale.ROOT),
				page.message(pilot.decision().messageKey()));
	}

	private static String date(LocalDate date, Locale locale) {
		return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(date);
	}

	/** A published result as the section lists it, and as its page's header shows it. */
	record Story(String href, String title, String by, String status, String statusClass, String outcome,
			String outcomeClass, String decision) {
	}

	/** A line of the key facts: a text, or a link. */
	record Fact(String label, String value, @Nullable String href) {
	}

}
