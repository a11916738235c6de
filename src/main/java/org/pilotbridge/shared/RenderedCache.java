package org.pilotbridge.shared;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.cache.caffeine.CaffeineCacheManager;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.DigestUtils;
import org.springframework.util.unit.DataSize;

/**
 * Public answers rendered once (JSON, PNG) and served as bytes until what they show
 * changes: a Spring cache over Caffeine, bounded by the bytes it holds and by a time to
 * live, on this node.
 * <p>
 * An entry is served only while three things hold: the version of the facts it was
 * rendered from is still the current one (the owning module moves its version on after
 * every change it commits, so this node never serves what it changed itself), the clock
 * has not passed the moment the rendering stops being true (a deadline), and the time to
 * live has not run out (which bounds how long a change committed on another node stays
 * unseen here). The version is read before rendering, so a change committed while an
 * entry was rendered makes that entry stale at once.
 *
 * @see "Design decision: docs/decisions/DD025-20261207-preview-cards-api-caches-session-cap.md"
 */
public final class RenderedCache {

	private final Cache cache;

	/**
	 * Registers the cache with the application's cache manager under its name.
	 * @param maximumSize the most bytes the cache holds; the least recently used entries
	 * go first
	 * @param timeToLive how long an entry is served at most
	 */
	public RenderedCache(CacheManager manager, String name, DataSize maximumSize, Duration timeToLive) {
		if (manager instanceof CaffeineCacheManager caffeine) {
			caffeine.registerCustomCache(name,
					Caffeine.newBuilder()
						.maximumWeight(maximumSize.toBytes())
						.weigher((Object key, Object value) -> value instanceof Entry entry
								? entry.rendered().bytes().length + 256 : 256)
						.expireAfterWrite(timeToLive)
						.recordStats()
						.build());
		}
		this.cache = Objects.requireNonNull(manager.getCache(name), name);
	}

	/**
	 * The rendering of the key at this version, from the cache when it holds a fresh one,
	 * otherwise rendered now (once, however many ask at the same time) and kept.
	 * @param version the version of the facts, read before anything is rendered
	 */
	public Rendered get(Object key, long version, Instant now, Supplier<Rendered> render) {
		var entry = load(key, version, now, render);
		if (entry.isFresh(version, now)) {
			return entry.rendered();
		}
		cache.evict(key);
		entry = load(key, version, now, render);
		return entry.isFresh(version, now) ? entry.rendered() : render.get();
	}

	/**
	 * The entry of the key, rendered now if there is none; what rendering throws is
	 * thrown as is.
	 */
	private Entry load(Object key, long version, Instant now, Supplier<Rendered> render) {
		try {
			return Objects.requireNonNull(cache.get(key, () -> new Entry(render.get(), version, now)));
		}
		catch (Cache.ValueRetrievalException failed) {
			if (failed.getCause() instanceof RuntimeException cause) {
				throw cause;
			}
			throw failed;
		}
	}

	/** Forgets everything. */
	public void clear() {
		cache.clear();
	}

	private record Entry(Rendered rendered, long version, Instant renderedAt) {

		boolean isFresh(long current, Instant now) {
			return version == current && !now.isBefore(renderedAt) && now.isBefore(rendered.validUntil());
		}

	}

	/**
	 * A rendered answer: its bytes, their entity tag, and until when it stays true.
	 *
	 * @param eTag the strong entity tag of the bytes, the one
	 * {@code ShallowEtagHeaderFilter} would compute, so that a client's
	 * {@code If-None-Match} matches whichever computed it
	 */
	public record Rendered(byte[] bytes, String eTag, Instant validUntil) {

		public static Rendered of(byte[] bytes, Instant validUntil) {
			return new Rendered(bytes, "\"0" + DigestUtils.md5DigestAsHex(bytes) + "\"", validUntil);
		}

		public static Rendered of(byte[] bytes) {
			return of(bytes, Instant.MAX);
		}

		/**
		 * The answer with its entity tag: Spring MVC answers {@code 304 Not Modified}
		 * without a body when the request's {@code If-None-Match} names it.
		 */
		public ResponseEntity<byte[]> response(MediaType type, CacheControl cacheControl) {
			return ResponseEntity.ok().contentType(type).cacheControl(cacheControl).eTag(eTag).body(bytes);
		}

	}

}
