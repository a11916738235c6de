package org.pilotbridge.catalogue;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.cache.CacheManager;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import org.pilotbridge.identity.OrganisationUpdated;
import org.pilotbridge.shared.AfterCommit;
import org.pilotbridge.shared.Language;
import org.pilotbridge.shared.PreviewCard;
import org.pilotbridge.shared.PreviewCardSettings;
import org.pilotbridge.shared.PreviewCards;
import org.pilotbridge.shared.RenderedCache;

/**
 * The picture a link preview shows for a solution of the catalogue ({@code og:image} of
 * its page): its name, company, pitch and maturity, in the language of the address
 * ({@code /fr/cards/…}; English without a prefix). Drawn once per solution and language
 * and drawn again after a publication, a withdrawal or a change of a company's
 * description on this node; a solution not in the catalogue is simply not found. Served
 * without a session, cacheable by anyone.
 *
 * @see "Design decision: docs/decisions/DD025-20261207-preview-cards-api-caches-session-cap.md"
 */
@RestController
class SolutionCards {

	static final String PATH = "/cards/solutions/{reference}.png";

	private static final Pattern REFERENCE = Pattern.compile("[a-z0-9-]{1,80}");

	private final SolutionQuery solutions;

	private final PreviewCards cards;

	private final AtomicLong version = new AtomicLong();

	SolutionCards(SolutionQuery solutions, MessageSource messages, Clock clock, PreviewCardSettings settings,
			CacheManager caches) {
		this.solutions = solutions;
		this.cards = new PreviewCards("catalogue.preview-cards", REFERENCE, caches, settings, messages, clock);
	}

	@GetMapping(path = { PATH, "/{language:fr|nl|de}" + PATH }, produces = MediaType.IMAGE_PNG_VALUE)
	ResponseEntity<byte[]> card(@PathVariable(required = false) @Nullable String language,
			@PathVariable String reference) {
		return cards.serve(language, reference, version.get(), () -> new SolutionNotFound(reference),
				lang -> render(reference, lang));
	}

	@EventListener({ SolutionPublished.class, SolutionWithdrawn.class, OrganisationUpdated.class })
	void changed() {
		AfterCommit.run(version::incrementAndGet);
	}

	@ExceptionHandler(SolutionNotFound.class)
	ResponseEntity<Void> notFound() {
		return ResponseEntity.status(HttpStatus.NOT_FOUND).build();
	}

	private RenderedCache.Rendered render(String reference, Language language) {
		var solution = solutions.byReference(reference).orElseThrow(() -> new SolutionNotFound(reference));
		var maturity = cards.text("catalogue.trl.label", language, solution.trl(),
				cards.text("catalogue.trl." + solution.trl(), language));
		var card = new PreviewCard(cards.text("catalogue.card.kicker", language), solution.name(),
				solution.companyName(), solution.pitch(),
				List.of(new PreviewCard.Fact(cards.text("catalogue.card.trl", language), maturity)));
		return RenderedCache.Rendered.of(card.png());
	}

}
