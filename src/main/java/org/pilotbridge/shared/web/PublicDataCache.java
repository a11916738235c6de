package org.pilotbridge.shared.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import org.jspecify.annotations.Nullable;
import org.springframework.cache.CacheManager;

import org.pilotbridge.shared.AfterCommit;

/**
 * A cache of what the public pages show, as each module registers its own: bounded,
 * keeping an entry at most a time to live ({@code pilotbridge.public-site.data-ttl}) and
 * never past the moment what it holds changes by itself ({@link Changing}), measured on
 * the application's clock.
 */
public final class PublicDataCache {

	private PublicDataCache() {
	}

	/**
	 * Something kept in the cache until, at the latest, the moment it changes by itself.
	 */
	public interface Changing {

		/**
		 * When what it holds changes by itself (a deadline passes, a consultation
		 * closes); null for never.
		 */
		@Nullable Instant changesAt();

	}

	public static Cache<Object, Object> of(int size, Duration ttl, Clock clock) {
		return Caffeine.newBuilder()
			.maximumSize(size)
			.ticker(() -> TimeUnit.MILLISECONDS.toNanos(clock.millis()))
			.expireAfter(Expiry.writing((Object key, Object value) -> keep(value, ttl, clock.instant())))
			.build();
	}

	/**
	 * Forgets what the named caches hold on this node: at once, and again once the
	 * current transaction has committed, so that no page read in between keeps the old
	 * state.
	 */
	public static void clear(CacheManager caches, String... names) {
		clear(caches, List.of(names));
		AfterCommit.run(() -> clear(caches, List.of(names)));
	}

	private static void clear(CacheManager caches, List<String> names) {
		for (var name : names) {
			var cache = caches.getCache(name);
			if (cache != null) {
				cache.clear();
			}
		}
	}

	/**
	 * How long an entry is kept: the time to live, or less when what it holds changes
	 * sooner.
	 */
	static Duration keep(Object value, Duration ttl, Instant now) {
		var changesAt = value instanceof Changing changing ? changing.changesAt() : null;
		if (changesAt != null) {
			var until = Duration.between(now, changesAt);
			return until.isNegative() ? Duration.ZERO : until.compareTo(ttl) < 0 ? until : ttl;
		}
		return ttl;
	}

}
