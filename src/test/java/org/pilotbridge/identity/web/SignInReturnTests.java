package org.pilotbridge.identity.web;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Someone shares a link to Pilotbridge's sign-in whose return address is theirs, hoping
 * that a person who signs in lands on their site: only addresses of this site are
 * followed.
 */
class SignInReturnTests {

	@Test
	void followsAnAddressOfThisSite() {
		assertThat(SignInReturn.isLocal("/fr/challenges/CH-2026-0001")).isTrue();
		assertThat(SignInReturn.isLocal("/challenges?q=bus%20stop&page=2")).isTrue();
		assertThat(SignInReturn.isLocal("/")).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "//evil.example/", "/\\evil.example", "https://evil.example/", "javascript:alert(1)",
			"evil.example", "", "/\t/evil.example", "/\r\nSet-Cookie: x=1", "///evil.example", "\\\\evil.example",
			"/ /evil.example", "https:/evil.example" })
	void followsNoOtherAddress(String target) {
		assertThat(SignInReturn.isLocal(target)).as(target).isFalse();
	}

}
