package org.pilotbridge.shared;

import java.time.Clock;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.cache.CacheManager;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * What the pictures of link previews ({@code /cards/…/{reference}.png}, {@code og:image})
 * have in common, whichever module draws them: a reference that cannot be one is not
 * found at once; the language is the address's ({@code /fr/cards/…}; English without a
 * prefix); each picture is drawn once per reference, language and version of what it
 * shows, kept in a {@link RenderedCache}, and served as PNG, without a session, cacheable
 * by anyone ({@link PreviewCardSettings}).
 *
 * @see "Design decision: docs/decisions/DD025-20261207-preview-cards-api-caches-session-cap.md"
 */
public final class PreviewCards {

	private final Pattern references;

	private final RenderedCache cards;

	private final PreviewCardSettings settings;

	private final MessageSource messages;

	private final Clock clock;

	/**
	 * @param cacheName the name of the cache of the drawn pictures
	 * @param references what a reference looks like; anything else is not found without a
	 * look
	 */
	public PreviewCards(String cacheName, Pattern references, CacheManager caches, PreviewCardSettings settings,
			MessageSource messages, Clock clock) {
		this.references = references;
		this.cards = new RenderedCache(caches, cacheName, settings.maximumSize(), settings.timeToLive());
		this.settings = settings;
		this.messages = messages;
		this.clock = clock;
	}

	/**
	 * Draws the picture of a reference in a language; throws the module's not-found
	 * exception.
	 */
	@FunctionalInterface
	public interface Drawing {

		RenderedCache.Rendered draw(Language language);

	}

	/**
	 * The picture of the reference in the language of the address, drawn at most once per
	 * version.
	 * @param language the language prefix of the address, or null for English
	 * @param version the version of what the pictures show; a new one draws them again
	 * @param notFound the exception for a reference that cannot be one
	 */
	public ResponseEntity<byte[]> serve(@Nullable String language, String reference, long version,
			Supplier<? extends RuntimeException> notFound, Drawing drawing) {
		if (!references.matcher(reference).matches()) {
			throw notFound.get();
		}
		var lang = language == null ? Language.ENGLISH : Language.ofCode(language).orElseThrow();
		var card = cards.get(new Key(reference, lang), version, clock.instant(), () -> drawing.draw(lang));
		return card.response(MediaType.IMAGE_PNG, settings.cacheControl());
	}

	/** A text of the bundles in the picture's language. */
	public String text(String key, Language language, Object... arguments) {
		return messages.getMessage(key, arguments, language.locale());
	}

	private record Key(String reference, Language language) {
	}

}
