package org.pilotbridge.pilot;

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
 * The picture a link preview shows for the published results of a pilot ({@code og:image}
 * of its results page): the challenge's title, the agency, the outcome, the company and
 * the decision, in the language of the address ({@code /fr/cards/…}; English without a
 * prefix). Drawn once per pilot and language and drawn again after any change of a pilot
 * or of an organisation's description on this node; results not published are simply not
 * found. Served without a session, cacheable by anyone.
 *
 * @see "Design decision: docs/decisions/DD025-20261207-preview-cards-api-caches-session-cap.md"
 */
@RestController
class ResultCards {

	static final String PATH = "/cards/results/{reference}.png";

	private static final Pattern REFERENCE = Pattern.compile("[A-Za-z0-9-]{1,30}");

	private final PublicResults results;

	private final PreviewCards cards;

	private final AtomicLong version = new AtomicLong();

	ResultCards(PublicResults results, MessageSource messages, Clock clock, PreviewCardSettings settings,
			CacheManager caches) {
		this.results = results;
		this.cards = new PreviewCards("pilot.preview-cards", REFERENCE, caches, settings, messages, clock);
	}

	@GetMapping(path = { PATH, "/{language:fr|nl|de}" + PATH }, produces = MediaType.IMAGE_PNG_VALUE)
	ResponseEntity<byte[]> card(@PathVariable(required = false) @Nullable String language,
			@PathVariable String reference) {
		return cards.serve(language, reference, version.get(), () -> new PilotNotFound(reference),
				lang -> render(reference, lang));
	}

	@EventListener({ PilotEvent.class, OrganisationUpdated.class })
	void changed() {
		AfterCommit.run(version::incrementAndGet);
	}

	@ExceptionHandler(PilotNotFound.class)
	ResponseEntity<Void> notFound() {
		return ResponseEntity.status(HttpStatus.NOT_FOUND).build();
	}

	private RenderedCache.Rendered render(String reference, Language language) {
		var pilot = results.byReference(reference).orElseThrow(() -> new PilotNotFound(reference));
		var card = new PreviewCard(cards.text("pilot.card.kicker", language, pilot.reference()), pilot.challengeTitle(),
				pilot.agencyName(), "",
				List.of(new PreviewCard.Fact(cards.text("pilot.card.outcome", language),
						cards.text("pilot.outcome." + pilot.outcome().name(), language)),
						new PreviewCard.Fact(cards.text("pilot.card.company", language), pilot.companyName()),
						new PreviewCard.Fact(cards.text("pilot.card.decision", language),
								cards.text("pilot.decision." + pilot.decision().name(), language))));
		return RenderedCache.Rendered.of(card.png());
	}

}
