package org.pilotbridge.identity.provider;

import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.pilotbridge.audit.Actor;
import org.pilotbridge.audit.AuditRecord;
import org.pilotbridge.identity.AccountLocked;
import org.pilotbridge.identity.AccountRegistered;
import org.pilotbridge.identity.CurrentPerson;
import org.pilotbridge.identity.IdentityLinks;
import org.pilotbridge.identity.PasswordChanged;
import org.pilotbridge.identity.PasswordResetRequested;
import org.pilotbridge.identity.RegistrationRepeated;
import org.pilotbridge.identity.SignInFailed;
import org.pilotbridge.identity.Tokens;
import org.pilotbridge.shared.EmailAddress;
import org.pilotbridge.shared.InvalidInput;
import org.pilotbridge.shared.Language;
import org.pilotbridge.shared.PublicLinks;
import org.pilotbridge.shared.UserText;

/**
 * The accounts of the built-in provider: registration with a confirmed address, password
 * reset, and protection against guessing. No answer ever tells a stranger whether an
 * address has an account, not even by how long it takes: the owner of the address learns
 * it by e-mail. Each mail sent and each reset link tried counts against the client
 * ({@link AccountThrottling}); only the newest link of a person for a purpose works, and
 * a new password ends them all.
 */
@Service
@Transactional
public class LocalAccountService implements UserDetailsService {

	private final LocalAccounts accounts;

	private final AccountTokens tokens;

	private final PasswordEncoder passwords;

	private final ProviderProperties properties;

	private final PublicLinks links;

	private final CurrentPerson current;

	private final ApplicationEventPublisher events;

	private final AccountThrottling throttling;

	private final BreachedPasswords breached;

	private final Clock clock;

	LocalAccountService(LocalAccounts accounts, AccountTokens tokens, PasswordEncoder passwords,
			ProviderProperties properties, PublicLinks links, CurrentPerson current, ApplicationEventPublisher events,
			AccountThrottling throttling, BreachedPasswords breached, Clock clock) {
		this.accounts = accounts;
		this.tokens = tokens;
		this.passwords = passwords;
		this.properties = properties;
		this.links = links;
		this.current = current;
		this.events = events;
		this.throttling = throttling;
		this.breached = breached;
		this.clock = clock;
	}

	/**
	 * Registers an account and mails a confirmation link; for a known address, mails its
	 * owner instead. Either way the caller sees the same outcome after the same work: the
	 * password is hashed and one mail is queued.
	 * @throws InvalidInput when the name, address or password break the rules
	 * @throws TooManyAttempts when the client has had its share of mails for now
	 */
	public void register(String displayName, String email, String password, Language language) {
		var address = validate(displayName, email, password);
		throttling.mail(current.ipAddress());
		var hash = passwords.encode(password);
		var existing = accounts.findByEmail(address.value());
		if (existing.isPresent()) {
			var account = existing.get();
			events.publishEvent(new RegistrationRepeated(account.id(), account.email(), language,
					links.to("/oauth2/authorization/pilotbridge"), links.to(IdentityLinks.forgotPassword()),
					record("account.registration-repeated", account.id(), Map.of())));
			return;
		}
		var account = accounts
			.save(LocalAccount.register(address.value(), UserText.clean(displayName), hash, language, clock.instant()));
		sendConfirmation(account);
	}

	/** For seeding and tests: an account whose address counts as confirmed. */
	public UUID registerConfirmed(String displayName, String email, String password, Language language) {
		var address = validate(displayName, email, password);
		var account = accounts.findByEmail(address.value())
			.orElseGet(() -> LocalAccount.register(address.value(), UserText.clean(displayName),
					passwords.encode(password), language, clock.instant()));
		account.confirmEmail();
		return accounts.save(account).id();
	}

	/**
	 * Confirms the address the link was sent to.
	 * @return the account, or empty when the link is unknown, used or expired
	 */
	public Optional<LocalAccount> confirmEmail(String token) {
		return useToken(token, AccountToken.Purpose.CONFIRM_EMAIL).map(account -> {
			account.confirmEmail();
			return accounts.save(account);
		});
	}

	/**
	 * Mails a reset link if the address has an account; says nothing either way. Every
	 * request for a valid address counts against the client's share of mails, whether a
	 * mail goes out or not, so that the share does not tell either.
	 * @throws TooManyAttempts when the client has had its share of mails for now
	 */
	public void requestPasswordReset(String email, Language language) {
		if (!EmailAddress.isValid(email)) {
			return;
		}
		throttling.mail(current.ipAddress());
		accounts.findByEmail(EmailAddress.of(email).value()).ifPresent(account -> {
			var token = issue(account, AccountToken.Purpose.RESET_PASSWORD, properties.resetValidity().toSeconds());
			events.publishEvent(new PasswordResetRequested(account.id(), account.email(), language,
					links.to("/account/reset-password?token=" + token),
					record("account.password-reset-requested", account.id(), Map.of())));
		});
	}

	/** Whether a reset link can still be used, to show the form or an explanation. */
	@Transactional(readOnly = true)
	public boolean isResetTokenUsable(String token) {
		return tokens.findByTokenHash(Tokens.hash(token))
			.filter(t -> t.purpose() == AccountToken.Purpose.RESET_PASSWORD)
			.filter(t -> t.isUsableAt(clock.instant()))
			.isPresent();
	}

	/**
	 * Sets a new password through a reset link, confirms the address, ends every other
	 * session and every link still open for the account. Trying a link counts as a guess
	 * of the client's; a link that works gives it back.
	 * @throws InvalidInput when the password breaks the rules or the link can no longer
	 * be used
	 * @throws TooManyAttempts when the client has had its share of guesses for now
	 */
	public void resetPassword(String token, String password) {
		new InvalidInput.Problems()
			.require(password != null && password.length() >= LocalAccount.PASSWORD_MIN_LENGTH, "password",
					"identity.password.too-short", LocalAccount.PASSWORD_MIN_LENGTH)
			.require(password == null || password.length() <= LocalAccount.PASSWORD_MAX_LENGTH, "password",
					"validation.too-long", LocalAccount.PASSWORD_MAX_LENGTH)
			.require(password == null || !breached.contains(password), "password", "identity.password.breached")
			.throwIfAny();
		var client = current.ipAddress();
		throttling.guess(client);
		var account = useToken(token, AccountToken.Purpose.RESET_PASSWORD)
			.orElseThrow(() -> InvalidInput.of("token", "identity.account.link-expired"));
		throttling.guessedRight(client);
		var now = clock.instant();
		account.changePassword(passwords.encode(password), now);
		accounts.save(account);
		tokens.endAll(account.id(), now);
		events.publishEvent(new PasswordChanged(account.id(), account.email(), account.preferredLanguage(),
				record("account.password-changed", account.id(), Map.of())));
	}

	/**
	 * Mails a new confirmation link to an account that signed in with the right password
	 * but unconfirmed address.
	 * @throws TooManyAttempts when the client has had its share of mails for now
	 */
	public void resendConfirmation(UUID accountId) {
		var account = accounts.findById(accountId).filter(found -> !found.isEmailVerified());
		if (account.isPresent()) {
			throttling.mail(current.ipAddress());
			sendConfirmation(account.get());
		}
	}

	/**
	 * Counts a failed sign-in against the address typed, and locks the account after too
	 * many.
	 */
	public void signInFailed(String typedEmail, String reason) {
		var address = typedEmail == null ? "" : typedEmail.strip().toLowerCase(Locale.ROOT);
		var account = accounts.findByEmail(address);
		events.publishEvent(new SignInFailed(reason, record("account.sign-in-failed",
				account.map(a -> a.id().toString()).orElse("unknown"), Map.of("reason", reason))));
		account.ifPresent(a -> {
			var now = clock.instant();
			if (a.failedSignIn(properties.maxFailedAttempts(), properties.lockout(), now)) {
				events.publishEvent(new AccountLocked(a.id(), a.email(), a.preferredLanguage(),
						now.plus(properties.lockout()), record("account.locked", a.id(), Map.of())));
			}
			accounts.save(a);
		});
	}

	public void signInSucceeded(UUID accountId) {
		accounts.findById(accountId).ifPresent(account -> {
			account.succeededSignIn();
			accounts.save(account);
		});
	}

	public void revokeSessions(UUID accountId) {
		accounts.findById(accountId).ifPresent(account -> {
			account.revokeSessions(clock.instant());
			accounts.save(account);
		});
	}

	@Transactional(readOnly = true)
	public Optional<LocalAccount> account(UUID id) {
		return accounts.findById(id);
	}

	/**
	 * Loads the account by the address typed at sign-in. The user name of the result is
	 * the account id, which becomes the subject of the tokens, so that a changed address
	 * keeps the identity.
	 */
	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String email) {
		var account = accounts.findByEmail(email == null ? "" : email.strip().toLowerCase(Locale.ROOT))
			.orElseThrow(() -> new UsernameNotFoundException("No such account"));
		return User.withUsername(account.id().toString())
			.password(account.passwordHash())
			.accountLocked(account.isLockedAt(clock.instant()))
			.disabled(!account.isEmailVerified())
			.authorities("ROLE_ACCOUNT")
			.build();
	}

	/** The account id for an address, if it has an account. */
	@Transactional(readOnly = true)
	public Optional<String> loadUserByUsernameOptional(String email) {
		return accounts.findByEmail(email == null ? "" : email.strip().toLowerCase(Locale.ROOT))
			.map(account -> account.id().toString());
	}

	private EmailAddress validate(String displayName, String email, String password) {
		var problems = new InvalidInput.Problems();
		var name = UserText.clean(displayName);
		problems.require(!name.isEmpty(), "displayName", "validation.required")
			.require(name.length() <= 200, "displayName", "validation.too-long", 200);
		EmailAddress address = null;
		try {
			address = EmailAddress.of(email);
		}
		catch (InvalidInput invalid) {
			problems.addAll(invalid);
		}
		problems
			.require(password != null && password.length() >= LocalAccount.PASSWORD_MIN_LENGTH, "password",
					"identity.password.too-short", LocalAccount.PASSWORD_MIN_LENGTH)
			.require(password == null || password.length() <= LocalAccount.PASSWORD_MAX_LENGTH, "password",
					"validation.too-long", LocalAccount.PASSWORD_MAX_LENGTH)
			.require(address == null || password == null || !password.equalsIgnoreCase(address.value()), "password",
					"identity.password.is-email")
			.require(password == null || !breached.contains(password), "password", "identity.password.breached");
		problems.throwIfAny();
		return address;
	}

	private void sendConfirmation(LocalAccount account) {
		var token = issue(account, AccountToken.Purpose.CONFIRM_EMAIL, properties.confirmationValidity().toSeconds());
		events.publishEvent(new AccountRegistered(account.id(), account.email(), account.displayName(),
				account.preferredLanguage(), links.to("/account/confirm?token=" + token),
				record("account.registered", account.id(), Map.of())));
	}

	/** A new link for the purpose; the older ones of the account for it end. */
	private String issue(LocalAccount account, AccountToken.Purpose purpose, long validSeconds) {
		var token = Tokens.newToken();
		var now = clock.instant();
		tokens.endAll(account.id(), purpose.name(), now);
		tokens.save(AccountToken.issue(account.id(), purpose, Tokens.hash(token), now.plusSeconds(validSeconds)));
		return token;
	}

	private Optional<LocalAccount> useToken(String token, AccountToken.Purpose purpose) {
		if (token == null || token.isBlank()) {
			return Optional.empty();
		}
		var now = clock.instant();
		return tokens.findByTokenHash(Tokens.hash(token))
			.filter(t -> t.purpose() == purpose && t.isUsableAt(now))
			.flatMap(t -> {
				t.use(now);
				tokens.save(t);
				tokens.endAll(t.accountId(), purpose.name(), now);
				return accounts.findById(t.accountId());
			});
	}

	private AuditRecord record(String action, Object accountId, Map<String, String> details) {
		return AuditRecord.of(clock.instant(), Actor.anonymous(current.ipAddress()), action, "account", accountId,
				details);
	}

}
