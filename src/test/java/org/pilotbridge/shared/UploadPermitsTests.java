package org.pilotbridge.shared;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The upload permits of a node: a request takes one at once or is refused; work that
 * stores an upload within such a request uses its permit, and work outside one waits for
 * a permit of its own.
 */
class UploadPermitsTests {

	@Test
	void refusesARequestAtOnceWhenNoPermitIsFreeAndTakesItAgainOnceGivenBack() {
		var permits = new UploadPermits(2);
		var first = permits.tryTake();
		var second = CompletableFuture.supplyAsync(permits::tryTake).join();

		assertThat(first).isPresent();
		assertThat(second).isPresent();
		assertThat(CompletableFuture.supplyAsync(permits::tryTake).join()).as("a third request").isEmpty();

		first.get().close();
		first.get().close();
		assertThat(permits.available()).as("given back once").isEqualTo(1);
		assertThat(CompletableFuture.supplyAsync(permits::tryTake).join()).isPresent();
	}

	@Test
	void letsNoMoreRequestsWaitForAPermitThanItMaySoThatTheyNeverHoldEveryThread() throws Exception {
		var permits = new UploadPermits(1, 1);
		var requests = Executors.newFixedThreadPool(2);
		try {
			var held = permits.tryTake().orElseThrow();
			var waiting = CompletableFuture.supplyAsync(() -> permits.tryTake(Duration.ofSeconds(30)), requests);
			await().atMost(Duration.ofSeconds(10)).until(() -> permits.waiting() == 1);

			var oneMore = CompletableFuture.supplyAsync(() -> permits.tryTake(Duration.ofSeconds(30)), requests);

			assertThat(oneMore.get(10, TimeUnit.SECONDS)).as("refused at once: one is waiting already").isEmpty();
			held.close();
			assertThat(waiting.get(10, TimeUnit.SECONDS)).as("the one waiting gets the permit given back").isPresent();
		}
		finally {
			requests.shutdownNow();
		}
	}

	@Test
	void storesWithThePermitTheRequestHoldsAlready() {
		var permits = new UploadPermits(1);
		try (var permit = permits.tryTake().orElseThrow()) {
			assertThat(permits.whileHolding(() -> permits.available())).isZero();
		}
		assertThat(permits.available()).isEqualTo(1);
	}

	@Test
	void makesStoringOutsideARequestWaitForAPermit() throws Exception {
		var permits = new UploadPermits(1);
		var held = new CountDownLatch(1);
		var release = new CountDownLatch(1);
		var holder = CompletableFuture.runAsync(() -> permits.tryTake().ifPresent(permit -> {
			held.countDown();
			await().atMost(Duration.ofSeconds(10)).until(() -> release.getCount() == 0);
			permit.close();
		}));
		assertThat(held.await(10, TimeUnit.SECONDS)).isTrue();

		var job = CompletableFuture.supplyAsync(() -> permits.whileHolding(() -> "stored"));

		assertThat(job).as("waits while the permit is held").isNotDone();
		release.countDown();
		assertThat(job.get(10, TimeUnit.SECONDS)).isEqualTo("stored");
		holder.get(10, TimeUnit.SECONDS);
		assertThat(permits.available()).isEqualTo(1);
	}

}
