package org.pilotbridge.challenge;

import java.math.BigDecimal;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The opening of proposals never comes before every change received in time has committed
 * or been refused: a configuration that would let it is refused at start-up.
 */
class ChallengePropertiesTests {

	@Test
	void refusesAnOpeningDelayShorterThanTheSubmissionTimeout() {
		assertThatThrownBy(() -> properties(Duration.ofMinutes(2), Duration.ofMinutes(1)))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("pilotbridge.challenge.opening-delay")
			.hasMessageContaining("pilotbridge.challenge.submission-timeout");
		assertThatThrownBy(() -> properties(Duration.ZERO, Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void acceptsAnOpeningDelayAtLeastAsLongAsTheTimeout() {
		assertThat(properties(Duration.ofMinutes(1), Duration.ofMinutes(1)).openingDelay())
			.isEqualTo(Duration.ofMinutes(1));
		assertThat(properties(Duration.ofSeconds(30), Duration.ofMinutes(5)).submissionTimeout())
			.isEqualTo(Duration.ofSeconds(30));
	}

	private static ChallengeProperties properties(Duration timeout, Duration openingDelay) {
		return new ChallengeProperties(new BigDecimal("30000"), "EUR", Duration.ofDays(14), "CH", Duration.ofMinutes(1),
				Duration.ofHours(48), timeout, openingDelay);
	}

}
