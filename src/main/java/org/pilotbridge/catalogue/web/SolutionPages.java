package org.pilotbridge.catalogue.web;

import java.util.Objects;

import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import org.pilotbridge.catalogue.Solution;
import org.pilotbridge.catalogue.SolutionCriteria;
import org.pilotbridge.catalogue.SolutionQuery;
import org.pilotbridge.challenge.CpvCatalogue;
import org.pilotbridge.shared.InvalidInput;
import org.pilotbridge.shared.Language;
import org.pilotbridge.shared.PublicPaths;
import org.pilotbridge.shared.web.PublicController;
import org.pilotbridge.shared.web.PublicPage;
import org.pilotbridge.shared.web.ResultsPaging;

/**
 * The solutions catalogue on the public site: the list with its search, filters and pages
 * (a plain {@code GET} form whose address can be shared, with the parameters it has
 * always had), and the page of every solution in the catalogue at
 * {@code /solutions/<reference>}, whole in the first response. A member of the solution's
 * company is offered to change it, in the workspace.
 */
@PublicController
class SolutionPages {

	private final PublicCatalogue catalogue;

	private final SolutionQuery solutions;

	private final CpvCatalogue cpv;

	SolutionPages(PublicCatalogue catalogue, SolutionQuery solutions, CpvCatalogue cpv) {
		this.catalogue = catalogue;
		this.solutions = solutions;
		this.cpv = cpv;
	}

	@GetMapping({ "/solutions", PublicPaths.IN_LANGUAGE + "/solutions" })
	String list(@RequestParam MultiValueMap<String, String> parameters, PublicPage page, Model model) {
		var request = SolutionListRequest.of(parameters, cpv);
		page.title(page.message("catalogue.list.title"))
			.description(page.message("catalogue.list.intro"))
			.canonicalQuery(request.query());
		model.addAttribute("search", request);
		model.addAttribute("divisions", cpv.divisions());
		model.addAttribute("levels",
				java.util.stream.IntStream.rangeClosed(Solution.MIN_TRL, Solution.MAX_TRL)
					.mapToObj(level -> new Level(level, CatalogueViews.readiness(level, page)))
					.toList());
		model.addAttribute("languages", Language.values());
		model.addAttribute("sorts", SolutionCriteria.SortOrder.values());
		model.addAttribute("textMaxLength", SolutionCriteria.TEXT_MAX_LENGTH);
		try {
			var found = catalogue.search(request.criteria(), request.page());
			model.addAttribute("cards", found.hits().stream().map(hit -> CatalogueViews.card(hit, page)).toList());
			ResultsPaging.describe(model, page, "catalogue.list", found.total(), request.page(),
					PublicCatalogue.PAGE_SIZE, SolutionListRequest.LAST_PAGE,
					number -> address(page, request.onPage(number)));
		}
		catch (InvalidInput invalid) {
			ResultsPaging.refused(model, page, "catalogue.list", invalid);
		}
		return "catalogue/solutions";
	}

	@GetMapping({ "/solutions/{reference}", PublicPaths.IN_LANGUAGE + "/solutions/{reference}" })
	String solution(@PathVariable String reference, PublicPage page, Model model) {
		var solution = catalogue.solution(reference)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		page.title(solution.name())
			.description(solution.description())
			.type("article")
			.image("/cards/solutions/" + solution.reference() + ".png");
		model.addAttribute("solution", solution);
		model.addAttribute("facts", CatalogueViews.facts(solution, page));
		model.addAttribute("pictures", CatalogueViews.pictures(solution, page));
		var brochure = solution.brochure();
		model.addAttribute("brochure", brochure == null ? null
				: new Link(CatalogueViews.brochurePath(solution.reference(), brochure.id()), page.message(
						"catalogue.solution.brochure-link", brochure.fileName(),
						Objects.requireNonNull(brochure.pages(), "a brochure is a PDF, whose pages are counted"))));
		// Asked only for a signed-in person, whose page is never cached.
		model.addAttribute("edit", page.signedIn() && solutions.isMine(solution.id())
				? "/company/solutions/" + solution.id() + "/edit" : null);
		return "catalogue/solution";
	}

	private static String address(PublicPage page, SolutionListRequest request) {
		var query = request.query();
		return page.to("/solutions") + (query.isEmpty() ? "" : "?" + query);
	}

	/** A readiness level in the filter. */
	record Level(int value, String label) {
	}

	record Link(String href, String label) {
	}

}
