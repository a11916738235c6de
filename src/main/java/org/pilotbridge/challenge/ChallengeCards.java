package org.pilotbridge.challenge;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.cache.CacheManager;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import org.pilotbridge.shared.Language;
import org.pilotbridge.shared.PreviewCard;
import org.pilotbridge.shared.PreviewCardSettings;
import org.pilotbridge.shared.PreviewCards;
import org.pilotbridge.shared.RenderedCache;

/**
 * The picture a link preview shows for a public challenge ({@code og:image} of its page):
 * its title, agency, budget cap, and its deadline while it is open or how it stands
 * afterwards, in the language of the address ({@code /fr/cards/…}; English without a
 * prefix). Drawn once per challenge and language and kept until the challenge changes or
 * its deadline passes; a draft or an unknown reference is simply not found. Served
 * without a session, cacheable by anyone.
 *
 * @see "Design decision: docs/decisions/DD025-20261207-preview-cards-api-caches-session-cap.md"
 */
@RestController
class ChallengeCards {

	static final String PATH = "/cards/challenges/{reference}.png";

	private static final Pattern REFERENCE = Pattern.compile("[A-Za-z0-9-]{1,40}");

	private final ChallengeQuery challenges;

	private final PublicChallengeVersion version;

	private final PreviewCards cards;

	ChallengeCards(ChallengeQuery challenges, PublicChallengeVersion version, MessageSource messages, Clock clock,
			PreviewCardSettings settings, CacheManager caches) {
		this.challenges = challenges;
		this.version = version;
		this.cards = new PreviewCards("challenge.preview-cards", REFERENCE, caches, settings, messages, clock);
	}

	@GetMapping(path = { PATH, "/{language:fr|nl|de}" + PATH }, produces = MediaType.IMAGE_PNG_VALUE)
	ResponseEntity<byte[]> card(@PathVariable(required = false) @Nullable String language,
			@PathVariable String reference) {
		return cards.serve(language, reference, version.current(), () -> new ChallengeNotFound(reference),
				lang -> render(reference, lang));
	}

	@ExceptionHandler(ChallengeNotFound.class)
	ResponseEntity<Void> notFound() {
		return ResponseEntity.status(HttpStatus.NOT_FOUND).build();
	}

	private RenderedCache.Rendered render(String reference, Language language) {
		var challenge = challenges.byReference(reference).orElseThrow(() -> new ChallengeNotFound(reference));
		var locale = language.locale();
		var facts = new ArrayList<PreviewCard.Fact>();
		facts.add(new PreviewCard.Fact(cards.text("challenge.card.budget", language),
				cards.text("challenge.card.budget-value", language, challenge.budgetCap().format(locale))));
		var open = challenge.state() == ChallengeState.PUBLISHED;
		if (open) {
			var deadline = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
				.withLocale(locale)
				.format(challenge.proposalsDeadline().atZone(challenge.timeZone()));
			facts.add(new PreviewCard.Fact(cards.text("challenge.card.deadline", language), deadline));
		}
		else {
			facts.add(new PreviewCard.Fact(cards.text("challenge.card.status", language),
					cards.text("challenge.card.state." + challenge.state().name(), language)));
		}
		var card = new PreviewCard(cards.text("challenge.card.kicker", language, challenge.reference()),
				challenge.title(), challenge.agencyName(), "", facts);
		return RenderedCache.Rendered.of(card.png(), open ? challenge.proposalsDeadline() : Instant.MAX);
	}

}
