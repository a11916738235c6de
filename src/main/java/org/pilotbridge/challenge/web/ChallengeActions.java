package org.pilotbridge.challenge.web;

import java.util.Locale;
import java.util.Objects;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.pilotbridge.challenge.ChallengeDirectory;
import org.pilotbridge.challenge.ChallengeFollowing;
import org.pilotbridge.challenge.ChallengeLinks;
import org.pilotbridge.challenge.ChallengeSummary;
import org.pilotbridge.challenge.ClarificationManagement;
import org.pilotbridge.challenge.CpvCatalogue;
import org.pilotbridge.challenge.SavedSearchFrequency;
import org.pilotbridge.challenge.SavedSearchManagement;
import org.pilotbridge.shared.InvalidInput;
import org.pilotbridge.shared.Language;
import org.pilotbridge.shared.PublicPaths;

/**
 * What a signed-in person does from the public pages of challenges: follow or stop
 * following one, ask a question, save a search. These are the workspace's: posted with
 * the CSRF token of the person's session to the workspace's security chain, checked by
 * the services, and followed by a return to the page they came from, in its language,
 * with what happened (or the translated reason it did not).
 */
@Controller
@PreAuthorize("isAuthenticated()")
class ChallengeActions {

	private final ChallengeDirectory directory;

	private final ChallengeFollowing following;

	private final ClarificationManagement clarifications;

	private final SavedSearchManagement savedSearches;

	private final CpvCatalogue cpv;

	private final MessageSource messages;

	ChallengeActions(ChallengeDirectory directory, ChallengeFollowing following, ClarificationManagement clarifications,
			SavedSearchManagement savedSearches, CpvCatalogue cpv, MessageSource messages) {
		this.directory = directory;
		this.following = following;
		this.clarifications = clarifications;
		this.savedSearches = savedSearches;
		this.cpv = cpv;
		this.messages = messages;
	}

	@PostMapping("/challenges/{reference}/follow")
	String follow(@PathVariable String reference, @RequestParam boolean follow,
			@RequestParam(defaultValue = "en") String language, RedirectAttributes flash) {
		var challenge = publicChallenge(reference);
		var in = Language.ofCode(language).orElse(PublicPaths.DEFAULT_LANGUAGE);
		if (follow) {
			following.follow(challenge.id());
		}
		else {
			following.unfollow(challenge.id());
		}
		flash.addFlashAttribute("notice",
				text(follow ? "challenge.view.followed" : "challenge.view.unfollowed", in.locale()));
		return back(challenge, in);
	}

	@PostMapping("/challenges/{reference}/questions")
	String ask(@PathVariable String reference, @RequestParam(defaultValue = "") String text,
			@RequestParam(defaultValue = "en") String language, RedirectAttributes flash) {
		var challenge = publicChallenge(reference);
		var in = Language.ofCode(language).orElse(PublicPaths.DEFAULT_LANGUAGE);
		try {
			clarifications.ask(challenge.id(), text);
			flash.addFlashAttribute("notice", text("challenge.view.question-sent", in.locale()));
		}
		catch (InvalidInput invalid) {
			flash.addFlashAttribute("questionError", reasons(invalid, in.locale()));
			flash.addFlashAttribute("questionText", text);
		}
		return back(challenge, in);
	}

	@PostMapping("/challenges/saved-searches")
	String saveSearch(@RequestParam MultiValueMap<String, String> parameters,
			@RequestParam(defaultValue = "") String name,
			@RequestParam(defaultValue = "DAILY") SavedSearchFrequency frequency,
			@RequestParam(defaultValue = "en") String language, RedirectAttributes flash) {
		var in = Language.ofCode(language).orElse(PublicPaths.DEFAULT_LANGUAGE);
		var search = ListRequest.of(parameters, cpv);
		try {
			savedSearches.save(name, search.criteria(), frequency);
			flash.addFlashAttribute("notice", text("challenge.saved-search.saved", in.locale()));
		}
		catch (InvalidInput invalid) {
			flash.addFlashAttribute("saveError", reasons(invalid, in.locale()));
		}
		var query = search.query();
		return "redirect:" + PublicPaths.of(in, "/challenges") + (query.isEmpty() ? "" : "?" + query) + "#save-search";
	}

	private ChallengeSummary publicChallenge(String reference) {
		return directory.byReference(reference)
			.filter(challenge -> challenge.state().isPublic())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private static String back(ChallengeSummary challenge, Language language) {
		return "redirect:"
				+ PublicPaths.of(language,
						ChallengeLinks.page(
								Objects.requireNonNull(challenge.reference(), "a public challenge has its reference")))
				+ "#next-steps";
	}

	private String reasons(InvalidInput invalid, Locale locale) {
		return String.join(" ",
				invalid.problems()
					.stream()
					.map(problem -> messages.getMessage(problem.messageKey(), problem.arguments().toArray(), locale))
					.distinct()
					.toList());
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, locale);
	}

}
