package org.pilotbridge.shared;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EmailAddressTests {

	@Test
	void masksAllOfTheLocalPartButItsFirstCharacter() {
		assertThat(EmailAddress.of("Eva.Expert@Example.org").masked()).isEqualTo("e…@example.org");
		assertThat(EmailAddress.of("x@example.org").masked()).isEqualTo("x…@example.org");
		assertThat(EmailAddress.of("\uD83D\uDE00smile@example.org").masked())
			.as("a character written with two chars is kept whole")
			.isEqualTo("\uD83D\uDE00…@example.org");
	}

}
