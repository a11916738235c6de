package org.pilotbridge.catalogue.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.pilotbridge.catalogue.PublicSolution;
import org.pilotbridge.catalogue.SolutionHit;
import org.pilotbridge.shared.Language;
import org.pilotbridge.shared.web.PublicPage;

/**
 * Turns what the catalogue says into what its public pages show, every text translated
 * and formatted for the page's language. Nothing here decides a rule.
 */
final class CatalogueViews {

	/** The zone in which the catalogue's dates are written. */
	static final ZoneId OFFICIAL = ZoneId.of("Europe/Brussels");

	private CatalogueViews() {
	}

	static SolutionCard card(SolutionHit hit, PublicPage page) {
		return new SolutionCard(page.to(solutionPath(hit.reference())), hit.name(), hit.pitch(),
				hit.image() == null ? null : imagePath(hit.reference(), hit.image()), hit.companyName(),
				readiness(hit.trl(), page), languages(hit.languages()));
	}

	static List<Fact> facts(PublicSolution solution, PublicPage page) {
		return List.of(Fact.text(page.message("catalogue.solution.company"), solution.companyName()),
				Fact.text(page.message("catalogue.solution.maturity"), readiness(solution.trl(), page)),
				Fact.text(page.message("catalogue.solution.languages"), languages(solution.languages())),
				new Fact(page.message("catalogue.field.cpvCodes"), null,
						solution.cpvCodes().stream().map(entry -> entry.code() + " " + entry.label()).toList()),
				Fact.text(page.message("catalogue.solution.listed-since"),
						date(solution.firstPublishedAt(), page.language())));
	}

	static List<Picture> pictures(PublicSolution solution, PublicPage page) {
		var total = solution.images().size();
		return java.util.stream.IntStream.range(0, total)
			.mapToObj(index -> new Picture(imagePath(solution.reference(), solution.images().get(index)),
					page.message("catalogue.solution.picture", solution.name(), index + 1, total)))
			.toList();
	}

	/** "TRL 8 · System complete and qualified". */
	static String readiness(int trl, PublicPage page) {
		return page.message("catalogue.trl.label", trl, page.message("catalogue.trl." + trl));
	}

	static String languages(List<Language> languages) {
		return languages.stream().map(Language::nativeName).collect(Collectors.joining(", "));
	}

	static String date(Instant instant, Language language) {
		return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
			.withLocale(language.locale())
			.format(instant.atZone(OFFICIAL));
	}

	static String solutionPath(String reference) {
		return "/solutions/" + reference;
	}

	/**
	 * Pictures are served at one address in every language, by {@code SolutionDownloads}.
	 */
	static String imagePath(String reference, Object image) {
		return "/solutions/" + reference + "/images/" + image;
	}

	static String brochurePath(String reference, Object brochure) {
		return "/solutions/" + reference + "/brochure/" + brochure;
	}

	/**
	 * One solution of the catalogue's list: its name and pitch with the words searched
	 * for marked, as plain text.
	 *
	 * @param image its first picture, if any
	 */
	record SolutionCard(String href, List<SolutionHit.Segment> name, List<SolutionHit.Segment> pitch,
			@Nullable String image, String company, String maturity, String languages) {
	}

	/** A line of a list of facts: a text, or several. */
	record Fact(String label, @Nullable String value, List<String> values) {

		static Fact text(String label, String value) {
			return new Fact(label, value, List.of());
		}

	}

	record Picture(String src, String alt) {
	}

}
