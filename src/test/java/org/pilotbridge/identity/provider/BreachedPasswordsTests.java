package org.pilotbridge.identity.provider;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

class BreachedPasswordsTests {

	private final BreachedPasswords breached = new BreachedPasswords();

	@Test
	void shipsAtLeastTheHundredThousandMostCommonBreachedPasswordsWithTheirLicence() throws Exception {
		try (var lines = new BufferedReader(new InputStreamReader(
				new GZIPInputStream(new ClassPathResource(BreachedPasswords.LIST).getInputStream()),
				StandardCharsets.UTF_8))) {
			assertThat(lines.lines().count()).isGreaterThanOrEqualTo(100_000);
		}
		assertThat(new ClassPathResource("identity/breached-passwords.LICENSE.txt").exists()).isTrue();
	}

	@Test
	void knowsTheBreachedPasswordsLongEnoughToBeChosenWhateverTheirCase() {
		assertThat(breached.contains("qwertyuiop123")).isTrue();
		assertThat(breached.contains("QwertyUiop123")).isTrue();
		assertThat(breached.contains("1qaz2wsx3edc")).isTrue();
		assertThat(breached.contains("a long enough password")).isFalse();
		assertThat(breached.contains("pilotbridge-demo")).isFalse();
		assertThat(breached.contains("123456")).as("too short to be chosen anyway: not kept").isFalse();
		assertThat(breached.size()).isBetween(10_000, 20_000);
	}

}
