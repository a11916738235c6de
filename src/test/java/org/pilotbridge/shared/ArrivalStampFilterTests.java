package org.pilotbridge.shared;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

import org.pilotbridge.test.MutableClock;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * When a request counts as received: its arrival at the first filter, or the moment the
 * last byte of its body was read, on the application clock, whatever the client claims
 * and however long the application then takes to serve it.
 */
class ArrivalStampFilterTests {

	static final Instant ARRIVAL = Instant.parse("2026-12-16T10:59:59Z");

	final MutableClock clock = new MutableClock(ARRIVAL);

	final RequestReceipt receipt = new RequestReceipt(clock);

	@Test
	void aClickIsReceivedWhenItArrivesHoweverLongItQueuesAfterwards() {
		var request = new MockHttpServletRequest("POST", "/");

		var receivedAt = Arrivals.arrive(clock, request, served -> {
			clock.advance(Duration.ofMinutes(1));
			return receipt.receivedAt();
		});

		assertThat(receivedAt).isEqualTo(ARRIVAL);
	}

	@Test
	void ignoresEveryTimeTheClientSends() {
		var request = new MockHttpServletRequest("POST", "/");
		request.addHeader("Date", "Wed, 16 Dec 2026 09:00:00 GMT");
		request.addHeader("X-Request-Start", "t=" + ARRIVAL.minusSeconds(3600).toEpochMilli());
		request.addHeader("X-Received-At", ARRIVAL.minusSeconds(3600).toString());
		request.setParameter("receivedAt", ARRIVAL.minusSeconds(3600).toString());
		clock.set(ARRIVAL.plusSeconds(2));

		Instant receivedAt = Arrivals.arrive(clock, request, served -> receipt.receivedAt());

		assertThat(receivedAt).isEqualTo(ARRIVAL.plusSeconds(2));
	}

	@Test
	void aBodyTrickledInIsReceivedWhenItsLastCharacterIsRead() {
		// The headers of a Vaadin request arrive before the deadline, its body (the
		// click) after.
		var request = withBody("{\"rpc\":[{\"type\":\"event\",\"event\":\"click\"}]}");

		var receivedAt = Arrivals.arrive(clock, request, served -> {
			clock.advance(Duration.ofSeconds(3));
			var reader = served.getReader();
			while (reader.read() >= 0) {
				clock.advance(Duration.ofMillis(1));
			}
			clock.advance(Duration.ofMinutes(1));
			return receipt.receivedAt();
		});

		assertThat(receivedAt).isEqualTo(ARRIVAL.plusSeconds(3).plusMillis(42));
	}

	@Test
	void aFileIsReceivedWhenItsLastByteIsReadEvenIfNobodyReadsPastIt() {
		var file = new byte[10_000];
		var request = new MockHttpServletRequest("POST", "/VAADIN/dynamic/resource/0/key/upload");
		request.setContent(file);
		request.setContentType("application/pdf");

		var receivedAt = Arrivals.arrive(clock, request, served -> {
			var body = served.getInputStream();
			var buffer = new byte[1000];
			for (int i = 0; i < 10; i++) {
				clock.advance(Duration.ofSeconds(1));
				assertThat(body.readNBytes(buffer, 0, buffer.length)).isEqualTo(1000);
			}
			clock.advance(Duration.ofMinutes(1));
			return receipt.receivedAt();
		});

		assertThat(receivedAt).isEqualTo(ARRIVAL.plusSeconds(10));
	}

	@Test
	void aBodyNotReadToItsEndIsNotReceivedYet() {
		var request = withBody("a body nobody reads");

		var receivedAt = Arrivals.arrive(clock, request, served -> {
			clock.advance(Duration.ofSeconds(5));
			return receipt.receivedAt();
		});

		assertThat(receivedAt).isEqualTo(ARRIVAL.plusSeconds(5));
	}

	@Test
	void outsideARequestWorkIsReceivedWhenItIsHandedOver() {
		assertThat(receipt.receivedAt()).isEqualTo(ARRIVAL);

		var receivedAt = receipt.receiving(() -> {
			clock.advance(Duration.ofSeconds(30));
			return receipt.receivedAt();
		});

		assertThat(receivedAt).isEqualTo(ARRIVAL);
		assertThat(receipt.receivedAt()).isEqualTo(ARRIVAL.plusSeconds(30));
	}

	@Test
	void keepsMicrosecondsOnly() {
		clock.set(ARRIVAL.plusNanos(1_234_567));

		Instant receivedAt = Arrivals.arrive(clock, served -> receipt.receivedAt());

		assertThat(receivedAt).isEqualTo(ARRIVAL.plusNanos(1_234_000));
	}

	private static MockHttpServletRequest withBody(String body) {
		var request = new MockHttpServletRequest("POST", "/");
		request.setContent(body.getBytes(StandardCharsets.UTF_8));
		request.setContentType("application/json");
		request.setCharacterEncoding("UTF-8");
		return request;
	}

}
