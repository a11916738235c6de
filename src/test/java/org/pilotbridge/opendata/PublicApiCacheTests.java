package org.pilotbridge.opendata;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The API answers from what it rendered before, but never with what is no longer true: a
 * client polling a challenge and a search sees an amendment on its very next request, and
 * a challenge past its deadline leaves the open ones on the next request after the
 * deadline, whether or not anyone closed it; a client that sends back the ETag it has
 * gets {@code 304} until then, and the new answer with a new ETag afterwards.
 */
class PublicApiCacheTests extends OpenDataWebTest {

	@Test
	void aChangeOrAPassingDeadlineShowsOnTheNextRequestAndEndsTheNotModifiedAnswers() {
		var cast = scenarios.cast();
		var made = scenarios.publish(cast, scenarios.draft(cast, "Cooler school yards", "72000000-5"));
		var record = "/api/challenges/" + made.reference();
		var openSearch = "/api/challenges?status=open&q=" + cast.run();

		var first = get(record);
		var tag = first.headers().firstValue("ETag").orElseThrow();
		assertThat(get(record, "If-None-Match", tag).statusCode()).isEqualTo(304);
		assertThat(json(openSearch).path("total").asInt()).isEqualTo(1);
		var deadline = json(record).path("proposalsDeadline").asString();

		scenarios.amendDeadline(cast, made, Duration.ofDays(45), "More time for the schools");

		var amended = get(record, "If-None-Match", tag);
		assertThat(amended.statusCode()).as("the tag of the version before the amendment").isEqualTo(200);
		assertThat(amended.headers().firstValue("ETag")).isPresent().isNotEqualTo(java.util.Optional.of(tag));
		var now = json.readTree(amended.body());
		assertThat(now.path("proposalsDeadline").asString()).isNotEqualTo(deadline);
		assertThat(now.at("/changeLog/0/reason").asString()).isEqualTo("More time for the schools");
		assertThat(json(openSearch).at("/items/0/proposalsDeadline").asString())
			.isEqualTo(now.path("proposalsDeadline").asString());

		scenarios.passDeadline(made);

		assertThat(json(openSearch).path("total").asInt()).as("closed at its deadline").isZero();
		assertThat(json(record).path("status").asString()).isEqualTo("closed");
	}

}
