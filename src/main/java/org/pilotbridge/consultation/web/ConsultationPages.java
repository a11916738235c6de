package org.pilotbridge.consultation.web;

import java.time.Clock;

import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

import org.pilotbridge.challenge.ChallengeLinks;
import org.pilotbridge.consultation.ConsultationQuery;
import org.pilotbridge.shared.PublicPaths;
import org.pilotbridge.shared.web.PublicController;
import org.pilotbridge.shared.web.PublicPage;

/**
 * The market consultations on the public site: the list of those open for answers,
 * closing first, and of those recently closed, and the page of every consultation at
 * {@code /consultations/<reference>}, whole in the first response: the problem and the
 * questions while it is open, with what the reader can do ({@link ConsultationNextStep});
 * after the close, how many companies answered and the answers their companies agreed to
 * publish. No page is kept beyond the consultation's close.
 */
@PublicController
class ConsultationPages {

	private final PublicConsultations published;

	private final ConsultationQuery consultations;

	private final ConsultationNextStep nextStep;

	private final Clock clock;

	ConsultationPages(PublicConsultations published, ConsultationQuery consultations, ConsultationNextStep nextStep,
			Clock clock) {
		this.published = published;
		this.consultations = consultations;
		this.nextStep = nextStep;
		this.clock = clock;
	}

	@GetMapping({ "/consultations", PublicPaths.IN_LANGUAGE + "/consultations" })
	String list(PublicPage page, Model model) {
		var now = clock.instant();
		var lists = published.consultations();
		page.title(page.message("catalogue.consultations.title"))
			.description(page.message("catalogue.consultations.intro"))
			.changesAt(lists.changesAt());
		model.addAttribute("open", lists.open().stream().map(line -> ConsultationViews.line(line, page, now)).toList());
		model.addAttribute("closed",
				lists.closed().stream().map(line -> ConsultationViews.line(line, page, now)).toList());
		// Asked only for a signed-in person, whose page is never cached.
		model.addAttribute("agency", page.signedIn() && consultations.ofMyAgency().agency() != null);
		return "consultation/consultations";
	}

	@GetMapping({ "/consultations/{reference}", PublicPaths.IN_LANGUAGE + "/consultations/{reference}" })
	String consultation(@PathVariable String reference, PublicPage page, Model model) {
		var shown = published.consultation(reference)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		var consultation = shown.consultation();
		var now = clock.instant();
		var open = consultation.isOpenAt(now);
		var language = page.language();
		page.title(consultation.title())
			.description(consultation.description())
			.type("article")
			.changesAt(shown.changesAt());
		model.addAttribute("consultation", consultation);
		model.addAttribute("open", open);
		var closes = ConsultationViews.dateTime(consultation.closesAt(), consultation.timeZone(), language);
		model.addAttribute("status",
				page.message(open ? "catalogue.consultation.open-until" : "catalogue.consultation.closed-on", closes));
		model.addAttribute("closes", closes);
		model.addAttribute("inYourZone", page.message("time.in-your-zone", "{0}"));
		model.addAttribute("cpvCodes",
				consultation.cpvCodes().stream().map(entry -> entry.code() + " " + entry.label()).toList());
		model.addAttribute("challenge", consultation.challengeReference() == null ? null
				: page.to(ChallengeLinks.page(consultation.challengeReference())));
		model.addAttribute("next", open ? nextStep.of(consultation, page) : null);
		return "consultation/consultation";
	}

}
