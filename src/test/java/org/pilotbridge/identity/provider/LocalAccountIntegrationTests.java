package org.pilotbridge.identity.provider;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.AssertablePublishedEvents;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

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

	@Autowired
	CountingPasswordEncoder passwords;

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
	void doesTheSameWorkForAnAddressWithAnAccountAsForANewOne(AssertablePublishedEvents events) {
		var email = unique("timed");
		passwords.encodes.set(0);
		accounts.register("First Try", email, "a long enough password", Language.ENGLISH);
		var newAddress = passwords.encodes.getAndSet(0);
		accounts.register("Second Try", email, "another long password", Language.ENGLISH);
		var knownAddress = passwords.encodes.get();

		assertThat(knownAddress).as("a password hashed for the known address too").isEqualTo(newAddress).isEqualTo(1);
		assertThat(events.ofType(AccountRegistered.class).matching(event -> email.equals(event.email())))
			.as("one mail queued for the new address")
			.hasSize(1);
		assertThat(events.ofType(RegistrationRepeated.class).matching(event -> email.equals(event.email())))
			.as("one mail queued for the known address")
			.hasSize(1);
	}

	@Test
	void endsAnOlderResetLinkOnceANewerOneIsSentOrUsed(AssertablePublishedEvents events) {
		var email = unique("leaked");
		var id = accounts.registerConfirmed("Lee", email, "a long enough password", Language.ENGLISH);
		accounts.requestPasswordReset(email, Language.ENGLISH);
		var older = token(resetLinks(events, id).get(0));
		accounts.requestPasswordReset(email, Language.ENGLISH);
		var newer = token(resetLinks(events, id).get(1));

		assertThat(accounts.isResetTokenUsable(older)).as("the older link, once a newer one was sent").isFalse();
		assertThat(accounts.isResetTokenUsable(newer)).isTrue();
		accounts.resetPassword(newer, "a brand new passphrase");
		assertThatThrownBy(() -> accounts.resetPassword(older, "the attacker's passphrase"))
			.as("the older link, found in an old mail")
			.isInstanceOf(InvalidInput.class);
	}

	@Test
	void endsEveryOpenLinkOfTheAccountWithANewPassword(AssertablePublishedEvents events) {
		var email = unique("unconfirmed");
		accounts.register("Una", email, "a long enough password", Language.ENGLISH);
		var confirmation = token(events.ofType(AccountRegistered.class)
			.matching(event -> email.equals(event.email()))
			.iterator()
			.next()
			.link());
		var id = accounts.loadUserByUsernameOptional(email).map(UUID::fromString).orElseThrow();
		accounts.requestPasswordReset(email, Language.ENGLISH);
		accounts.resetPassword(token(resetLinks(events, id).get(0)), "a brand new passphrase");

		assertThat(accounts.confirmEmail(confirmation)).as("a confirmation link sent before the new password")
			.isEmpty();
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

		assertThat(accounts.confirmEmail(token))
			.hasValueSatisfying(account -> assertThat(account.isEmailVerified()).isTrue());
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
		assertThatThrownBy(() -> accounts.resetPassword(token, "yet another passphrase"))
			.isInstanceOf(InvalidInput.class)
			.satisfies(thrown -> assertThat(((InvalidInput) thrown).problems().get(0).messageKey())
				.isEqualTo("identity.account.link-expired"));

		accounts.requestPasswordReset(email, Language.GERMAN);
		var late = token(java.util.stream.StreamSupport.stream(
				events.ofType(PasswordResetRequested.class).matching(event -> id.equals(event.account())).spliterator(),
				false)
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
		assertThatThrownBy(() -> accounts.register("Wanda", email, "QwertyUiop123", Language.ENGLISH))
			.as("a password from the breached lists, whatever its case")
			.isInstanceOf(InvalidInput.class)
			.satisfies(thrown -> assertThat(((InvalidInput) thrown).problems().get(0).messageKey())
				.isEqualTo("identity.password.breached"));
		assertThat(accounts.loadUserByUsernameOptional(email)).isEmpty();
	}

	@Test
	void refusesABreachedPasswordAsANewPasswordThroughAResetLink(AssertablePublishedEvents events) {
		var email = unique("reset-weak");
		var id = accounts.registerConfirmed("Rita", email, "a long enough password", Language.ENGLISH);
		accounts.requestPasswordReset(email, Language.ENGLISH);
		var link = token(resetLinks(events, id).get(0));

		assertThatThrownBy(() -> accounts.resetPassword(link, "1qaz2wsx3edc")).isInstanceOf(InvalidInput.class)
			.satisfies(thrown -> assertThat(((InvalidInput) thrown).problems().get(0).messageKey())
				.isEqualTo("identity.password.breached"));
		assertThat(accounts.isResetTokenUsable(link)).as("the link still works for a better password").isTrue();
	}

	private static java.util.List<String> resetLinks(AssertablePublishedEvents events, UUID account) {
		return java.util.stream.StreamSupport
			.stream(events.ofType(PasswordResetRequested.class)
				.matching(event -> account.equals(event.account()))
				.spliterator(), false)
			.map(PasswordResetRequested::link)
			.toList();
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

	/** Counts how often a password is hashed, to compare the work of two paths. */
	static class CountingPasswordEncoder implements PasswordEncoder {

		final AtomicInteger encodes = new AtomicInteger();

		private final PasswordEncoder delegate = PasswordEncoderFactories.createDelegatingPasswordEncoder();

		@Override
		public String encode(CharSequence rawPassword) {
			encodes.incrementAndGet();
			return delegate.encode(rawPassword);
		}

		@Override
		public boolean matches(CharSequence rawPassword, String encodedPassword) {
			return delegate.matches(rawPassword, encodedPassword);
		}

	}

	@TestConfiguration
	static class Time {

		@Bean
		@Primary
		SteppingClock steppingClock() {
			return new SteppingClock();
		}

		@Bean
		@Primary
		CountingPasswordEncoder countingPasswordEncoder() {
			return new CountingPasswordEncoder();
		}

	}

}
