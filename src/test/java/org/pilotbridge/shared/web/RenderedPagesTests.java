package org.pilotbridge.shared.web;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.github.benmanes.caffeine.cache.Cache;
import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;
import org.springframework.cache.caffeine.CaffeineCacheManager;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.handler.HandlerMappingIntrospector;

import org.pilotbridge.test.MutableClock;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The busiest minute on the public site: every visitor asks for pages kept in memory, and
 * a kept page that has to be rendered again is rendered by one visitor while the others
 * get it as kept, but never past the moment caches must stop keeping it (its next
 * change). Pages kept at the same moment do not all have to be rendered again at the same
 * moment.
 */
class RenderedPagesTests {

	static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");

	static final Duration DATA_TTL = Duration.ofSeconds(30);

	final MutableClock clock = new MutableClock(NOW);

	final CaffeineCacheManager caches = new CaffeineCacheManager(RenderedPages.CACHE);

	final RenderedPages pages = new RenderedPages(new EveryRequestAPage(), caches, clock, DATA_TTL);

	final AtomicInteger renders = new AtomicInteger();

	@Test
	void rendersAPageAgainOnceWhileTheOtherVisitorsGetItAsKept() throws Exception {
		get("/challenges/PB-2026-0001", page("open", "public, max-age=60"));
		clock.advance(DATA_TTL.plusSeconds(1));

		var rendering = new CountDownLatch(1);
		var letItFinish = new CountDownLatch(1);
		var slowRender = CompletableFuture.supplyAsync(() -> get("/challenges/PB-2026-0001", (request, response) -> {
			rendering.countDown();
			await(letItFinish);
			page("open, rendered again", "public, max-age=60").doFilter(request, response);
		}));
		assertThat(rendering.await(10, TimeUnit.SECONDS)).isTrue();

		var meanwhile = get("/challenges/PB-2026-0001", page("must not be rendered", "public, max-age=60"));
		assertThat(meanwhile.getContentAsString()).as("the kept page, without waiting for the render")
			.isEqualTo("open");
		assertThat(meanwhile.getHeader("Cache-Control")).isEqualTo("public, max-age=29");

		letItFinish.countDown();
		assertThat(slowRender.get(10, TimeUnit.SECONDS).getContentAsString()).isEqualTo("open, rendered again");
		assertThat(renders).as("the first and the one render again").hasValue(2);
		assertThat(get("/challenges/PB-2026-0001", page("must not be rendered", "public, max-age=60"))
			.getContentAsString()).isEqualTo("open, rendered again");
	}

	@Test
	void neverServesAKeptPagePastTheTimeCachesMayKeepItEvenWhileItIsRenderedAgain() throws Exception {
		// Closes in 20 seconds: the page says so, and may not be kept longer.
		get("/challenges/PB-2026-0002", page("open", "public, max-age=20"));
		clock.advance(Duration.ofSeconds(21));

		var rendering = new CountDownLatch(1);
		var letItFinish = new CountDownLatch(1);
		var slowRender = CompletableFuture.supplyAsync(() -> get("/challenges/PB-2026-0002", (request, response) -> {
			rendering.countDown();
			await(letItFinish);
			page("closed", "public, max-age=60").doFilter(request, response);
		}));
		assertThat(rendering.await(10, TimeUnit.SECONDS)).isTrue();

		var meanwhile = get("/challenges/PB-2026-0002", page("closed", "public, max-age=60"));
		assertThat(meanwhile.getContentAsString()).as("rendered for this visitor too: 'open' is no longer true")
			.isEqualTo("closed");

		letItFinish.countDown();
		assertThat(slowRender.get(10, TimeUnit.SECONDS).getContentAsString()).isEqualTo("closed");
	}

	@Test
	void keepsPagesKeptAtTheSameMomentForDifferentTimesWithinTheirLimit() {
		for (int i = 0; i < 40; i++) {
			get("/challenges/PB-2026-" + i, page("page " + i, "public, max-age=60"));
		}
		var kept = (Cache<?, ?>) caches.getCache(RenderedPages.CACHE).getNativeCache();
		var expiries = kept.asMap().values().stream().map(page -> ((RenderedPages.Page) page).expiresAt()).toList();

		assertThat(expiries).hasSize(40)
			.allSatisfy(expiry -> assertThat(expiry).isBetween(NOW.plus(DATA_TTL.dividedBy(2)), NOW.plus(DATA_TTL)));
		assertThat(expiries.stream().distinct().count()).as("not all rendered again at once").isGreaterThan(1);
	}

	private MockHttpServletResponse get(String path, FilterChain chain) {
		var request = new MockHttpServletRequest("GET", path);
		var response = new MockHttpServletResponse();
		try {
			pages.doFilter(request, response, chain);
		}
		catch (Exception failed) {
			throw new IllegalStateException(failed);
		}
		return response;
	}

	private FilterChain page(String body, String cacheControl) {
		return (request, response) -> {
			renders.incrementAndGet();
			var http = (HttpServletResponse) response;
			http.setStatus(200);
			http.setHeader("Cache-Control", cacheControl);
			http.setContentType("text/html;charset=UTF-8");
			http.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
		};
	}

	private static void await(CountDownLatch latch) {
		try {
			assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(interrupted);
		}
	}

	/** Every request of these tests asks for a public page. */
	static final class EveryRequestAPage extends PublicSiteRequests {

		EveryRequestAPage() {
			super(new HandlerMappingIntrospector());
		}

		@Override
		public boolean isPage(HttpServletRequest request) {
			return true;
		}

	}

}
