package org.pilotbridge.identity.provider;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.AssertablePublishedEvents;

import org.pilotbridge.identity.AccountLocked;
import org.pilotbridge.identity.AccountRegistered;
import org.pilotbridge.identity.PasswordResetRequested;
import org.pilotbridge.identity.RegistrationRepeated;
import org.pilotbridge.shared.InvalidInput;
import org.pilotbridge.shared.Language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@ApplicationModuleTest(module = "identity")
class LocalAccountIntegrationTests {

	@Autowired
	LocalAccountService accounts;

	@Autowired
	SteppingClock clock;

	@Test
	void answersARepeatedRegistrationAlikeAndTellsOnlyTheOwnerOfTheAddress(AssertablePublishedEvents events) {
		var email = unique("founder");
		accounts.register("First Try", email, "a long enough password", Language.ENGLISH);
		accounts.register("Second Try", email, "another long password", Language.DUTCH);

		assertThat(events.ofType(AccountRegistered.class).matching(event -> email.equals(event.email()))).hasSize(1);
		assertThat(events.ofType(RegistrationRepeated.class).matching(event -> email.equals(event.email()))).hasSize(1);
		assertThat(accounts.loadUserByUsernameOptional(email)).isPresent();
	}

	@Test
	void confirmsTheAddressOnceThroughTheLink(AssertablePublishedEvents events) {
		var email = unique("confirm");
		accounts.register("Connie", email, "a long enough password", Language.FRENCH);
		var token = token(events.ofType(AccountRegistered.class)
			.matching(event -> email.equals(event.email()))
			.iterator()
			.next()
			.link());

		assertThat(accounts.confirmEmail(token)).hasValueSatisfying(account -> assertThat(account.isEmailVerified()).isTrue());
		assertThat(accounts.confirmEmail(token)).as("a used link").isEmpty();
		assertThat(accounts.confirmEmail("made-up")).isEmpty();
	}

	@Test
	void locksAnAccountAfterFiveWrongPasswordsForAWhile(AssertablePublishedEvents events) {
		var email = unique("guessed");
		var id = accounts.registerConfirmed("Gus", email, "a long enough password", Language.ENGLISH);

		for (var attempt = 1; attempt <= 4; attempt++) {
			accounts.signInFailed(email, "BadCredentialsException");
		}
		assertThat(accounts.loadUserByUsername(email).isAccountNonLocked()).isTrue();
		accounts.signInFailed(email.toUpperCase(), "BadCredentialsException");

		assertThat(accounts.loadUserByUsername(email).isAccountNonLocked()).isFalse();
		assertThat(events.ofType(AccountLocked.class).matching(event -> id.equals(event.account()))).hasSize(1);

		clock.advance(Duration.ofMinutes(16));
		assertThat(accounts.loadUserByUsername(email).isAccountNonLocked()).isTrue();
	}

	@Test
	void letsTheOwnerChooseANewPasswordOnceWithinAnHour(AssertablePublishedEvents events) {
		var email = unique("forgetful");
		var id = accounts.registerConfirmed("Fred", email, "a long enough password", Language.GERMAN);

		accounts.requestPasswordReset(email, Language.GERMAN);
		var token = token(events.ofType(PasswordResetRequested.class)
			.matching(event -> id.equals(event.account()))
			.iterator()
			.next()
			.link());
		assertThatThrownBy(() -> accounts.resetPassword(token, "short")).isInstanceOf(InvalidInput.class);
		accounts.resetPassword(token, "a brand new passphrase");

		assertThat(accounts.isResetTokenUsable(token)).isFalse();
		assertThatThrownBy(() -> accounts.resetPassword(token, "yet another passphrase")).isInstanceOf(InvalidInput.class)
			.satisfies(thrown -> assertThat(((InvalidInput) thrown).problems().get(0).messageKey())
				.isEqualTo("identity.account.link-expired"));

		accounts.requestPasswordReset(email, Language.GERMAN);
		var late = token(java.util.stream.StreamSupport.stream(events.ofType(PasswordResetRequested.class)
			.matching(event -> id.equals(event.account()))
			.spliterator(), false)
			.reduce((first, second) -> second)
			.orElseThrow()
			.link());
		clock.advance(Duration.ofMinutes(61));
		assertThat(accounts.isResetTokenUsable(late)).isFalse();
	}

	@Test
	void saysNothingAboutAddressesWithoutAnAccount(AssertablePublishedEvents events) {
		accounts.requestPasswordReset(unique("nobody"), Language.ENGLISH);
		accounts.requestPasswordReset("not an address", Language.ENGLISH);

		assertThat(events.ofType(PasswordResetRequested.class)).isEmpty();
	}

	@Test
	void refusesWeakPasswords() {
		var email = unique("weak");
		assertThatThrownBy(() -> accounts.register("Wanda", email, "too short", Language.ENGLISH))
			.isInstanceOf(InvalidInput.class)
			.satisfies(thrown -> assertThat(((InvalidInput) thrown).problems().get(0).messageKey())
				.isEqualTo("identity.password.too-short"));
		assertThatThrownBy(() -> accounts.register("Wanda", email, email, Language.ENGLISH))
			.isInstanceOf(InvalidInput.class)
			.satisfies(thrown -> assertThat(((InvalidInput) thrown).problems().get(0).messageKey())
				.isEqualTo("identity.password.is-email"));
		assertThat(accounts.loadUserByUsernameOptional(email)).isEmpty();
	}

	private static String unique(String name) {
		return name + "." + UUID.randomUUID() + "@test.example";
	}

	private static String token(String link) {
		return link.substring(link.indexOf("token=") + "token=".length());
	}

	/** A clock tests move forward by hand. */
	static class SteppingClock extends Clock {

		private Instant now = Instant.parse("2026-11-25T09:00:00Z");

		void advance(Duration duration) {
			now = now.plus(duration);
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return now;
		}

	}

	@TestConfiguration
	static class Time {

		@Bean
		@Primary
		SteppingClock steppingClock() {
			return new SteppingClock();
		}

	}

}
