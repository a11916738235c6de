package org.pilotbridge.challenge.web;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.view.RedirectView;

import org.pilotbridge.challenge.CpvCatalogue;
import org.pilotbridge.challenge.PublicStatus;
import org.pilotbridge.challenge.ClarificationManagement;
import org.pilotbridge.challenge.SearchCriteria;
import org.pilotbridge.shared.InvalidInput;
import org.pilotbridge.shared.Language;
import org.pilotbridge.shared.PublicPaths;
import org.pilotbridge.shared.web.PublicController;
import org.pilotbridge.shared.web.PublicPage;
import org.pilotbridge.shared.web.ResultsPaging;

/**
 * The challenges on the public site: the list with its search, filters and pages (a plain
 * {@code GET} form whose address can be shared), and the page of every public challenge
 * at {@code /challenges/<reference>}, whole in the first response. What a signed-in
 * person may do from there (follow, ask, propose, manage) comes from {@link NextSteps};
 * the actions themselves are the workspace's ({@link ChallengeActions}, the proposal
 * form).
 */
@PublicController
class ChallengePages {

	private final PublicChallenges challenges;

	private final ChallengeViews views;

	private final NextSteps nextSteps;

	private final CpvCatalogue cpv;

	private final Clock clock;

	ChallengePages(PublicChallenges challenges, ChallengeViews views, NextSteps nextSteps, CpvCatalogue cpv,
			Clock clock) {
		this.challenges = challenges;
		this.views = views;
		this.nextSteps = nextSteps;
		this.cpv = cpv;
		this.clock = clock;
	}

	@GetMapping({ "/challenges", PublicPaths.IN_LANGUAGE + "/challenges" })
	Object list(@RequestParam MultiValueMap<String, String> parameters, PublicPage page, Model model) {
		var request = ListRequest.of(parameters, cpv);
		if (parameters.values().stream().flatMap(List::stream).anyMatch(String::isBlank)) {
			// The search form sends every field, empty or not: the address shared is the
			// search's own.
			var tidy = new RedirectView(address(page, request), true);
			tidy.setExpandUriTemplateVariables(false);
			tidy.setExposeModelAttributes(false);
			return tidy;
		}
		var language = page.language();
		var now = clock.instant();
		page.title(page.message("challenge.list.title"))
			.description(page.message("challenge.list.description"))
			.canonicalQuery(request.query());
		model.addAttribute("search", request);
		model.addAttribute("statuses", PublicStatus.values());
		model.addAttribute("divisions", cpv.divisions());
		model.addAttribute("languages", Language.values());
		model.addAttribute("sorts", SearchCriteria.SortOrder.values());
		model.addAttribute("textMaxLength", SearchCriteria.TEXT_MAX_LENGTH);
		try {
			var found = challenges.search(request.criteria(), request.page(), PublicChallenges.PAGE_SIZE);
			page.changesAt(found.changesAt());
			var results = found.results();
			model.addAttribute("cards",
					results.hits()
						.stream()
						.map(hit -> views.card(hit, found.notices().get(hit.id()), language, now))
						.toList());
			ResultsPaging.describe(model, page, "challenge.list", results.total(), request.page(),
					PublicChallenges.PAGE_SIZE, ListRequest.LAST_PAGE, number -> address(page, request.onPage(number)));
		}
		catch (InvalidInput invalid) {
			ResultsPaging.refused(model, page, "challenge.list", invalid);
		}
		model.addAttribute("saving", page.signedIn() ? new SavingSearch(request.fields(), request.text()) : null);
		return "challenge/list";
	}

	@GetMapping({ "/challenges/{reference}", PublicPaths.IN_LANGUAGE + "/challenges/{reference}" })
	String challenge(@PathVariable String reference, PublicPage page, Model model) {
		var shown = challenges.byReference(reference);
		if (shown == null) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		var challenge = shown.challenge();
		var language = page.language();
		var now = clock.instant();
		page.title(challenge.title())
			.description(challenge.description())
			.type("article")
			.image("/cards/challenges/" + challenge.reference() + ".png")
			.changesAt(shown.changesAt());
		model.addAttribute("challenge", challenge);
		model.addAttribute("stateClass", ChallengeViews.stateClass(challenge.state()));
		model.addAttribute("award",
				shown.award() == null ? null : views.award(shown.award(), challenge.timeZone(), language.locale()));
		model.addAttribute("facts", views.facts(challenge, language, now));
		model.addAttribute("criteria", views.criteria(challenge, language));
		model.addAttribute("scale", views.scale(challenge, language));
		model.addAttribute("changeLog", views.changeLog(challenge, language));
		model.addAttribute("documents", views.documents(challenge, language));
		model.addAttribute("next", nextSteps.of(challenge, page, now));
		model.addAttribute("questionMaxLength", ClarificationManagement.QUESTION_MAX_LENGTH);
		return "challenge/page";
	}

	private static String address(PublicPage page, ListRequest request) {
		var query = request.query();
		return page.to("/challenges") + (query.isEmpty() ? "" : "?" + query);
	}

	/** What the form that saves the search sends again, and the name it suggests. */
	record SavingSearch(java.util.Map<String, String> fields, String name) {

		public List<String> frequencies() {
			return Arrays.stream(org.pilotbridge.challenge.SavedSearchFrequency.values()).map(Enum::name).toList();
		}

	}

}
