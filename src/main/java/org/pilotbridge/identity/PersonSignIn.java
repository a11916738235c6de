package org.pilotbridge.identity;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Map;
import java.util.Objects;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import org.pilotbridge.audit.Actor;
import org.pilotbridge.audit.AuditRecord;
import org.pilotbridge.shared.Language;
import org.pilotbridge.shared.UserText;

/**
 * Turns a successful OpenID Connect sign-in into a signed-in person: finds the person by
 * issuer and subject or creates them, keeps their name and address current, refuses
 * deactivated people, and grants platform administration to the configured addresses
 * verified by the built-in provider.
 */
@Component
class PersonSignIn implements OAuth2UserService<OidcUserRequest, OidcUser> {

	/**
	 * Registration id of the built-in provider, and the issuer key its people are linked
	 * by.
	 */
	static final String LOCAL_PROVIDER = "pilotbridge";

	private final OidcUserService oidc = new OidcUserService();

	private final People people;

	private final IdentityProperties properties;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	private final CurrentPerson current;

	private final Clock clock;

	PersonSignIn(People people, IdentityProperties properties, ApplicationEventPublisher events,
			TransactionTemplate transactions, CurrentPerson current, Clock clock) {
		this.people = people;
		this.properties = properties;
		this.events = events;
		this.transactions = transactions;
		this.current = current;
		this.clock = clock;
	}

	@Override
	public OidcUser loadUser(OidcUserRequest request) {
		var user = oidc.loadUser(request);
		var local = LOCAL_PROVIDER.equals(request.getClientRegistration().getRegistrationId());
		// Spring's ID token validation requires the issuer and the subject of every ID
		// token.
		var issuer = local ? LOCAL_PROVIDER : Objects.requireNonNull(user.getIssuer()).toString();
		var subject = Objects.requireNonNull(user.getSubject());
		var now = clock.instant();
		var person = transactions.execute(status -> {
			var email = user.getEmail() == null ? "" : user.getEmail().toLowerCase(java.util.Locale.ROOT);
			var name = displayName(user);
			var verified = !email.isEmpty() && Boolean.TRUE.equals(user.getEmailVerified());
			var found = people.findByIdentity(issuer, subject)
				.orElseGet(() -> Person.signedUp(issuer, subject, email, verified, name, language(user), now));
			if (!found.isActive()) {
				events.publishEvent(
						new PersonSignedIn(found.id(), issuer, record("person.sign-in-refused", found, "deactivated")));
				return found;
			}
			found.refresh(email.isEmpty() ? found.email() : email, email.isEmpty() ? found.isEmailVerified() : verified,
					name.isEmpty() ? found.displayName() : name);
			if (local && Boolean.TRUE.equals(user.getEmailVerified()) && properties.platformAdmins().contains(email)) {
				found.makePlatformAdmin(true);
			}
			var saved = people.save(found);
			events.publishEvent(new PersonSignedIn(saved.id(), issuer, record("person.signed-in", saved, issuer)));
			return saved;
		});
		if (person == null || !person.isActive()) {
			throw new OAuth2AuthenticationException(new OAuth2Error("account_deactivated"));
		}
		var authorities = new ArrayList<GrantedAuthority>(user.getAuthorities());
		authorities.add(new SimpleGrantedAuthority("ROLE_USER"));
		if (person.isPlatformAdmin()) {
			authorities.add(new SimpleGrantedAuthority("ROLE_PLATFORM_ADMIN"));
		}
		return new SignedInPerson(authorities, user.getIdToken(), user.getUserInfo(), person.id(), now);
	}

	private AuditRecord record(String action, Person person, String detail) {
		return AuditRecord.of(clock.instant(), Actor.person(person.id().id(), null, current.ipAddress()), action,
				"person", person.id(), Map.of("provider", detail));
	}

	/**
	 * The name the provider gives, made storable: what cannot be stored is dropped and a
	 * name longer than a person's name may be is shortened, since nobody can correct it
	 * at the provider.
	 */
	private static String displayName(OidcUser user) {
		var name = UserText.clean(user.getFullName());
		if (name.isEmpty()) {
			name = (UserText.clean(user.getGivenName()) + " " + UserText.clean(user.getFamilyName())).strip();
		}
		if (name.isEmpty()) {
			name = UserText.clean(user.getEmail() == null ? user.getSubject() : user.getEmail());
		}
		if (name.length() <= Person.NAME_MAX_LENGTH) {
			return name;
		}
		// Cut between characters, never inside one written with two chars.
		var end = Character.isHighSurrogate(name.charAt(Person.NAME_MAX_LENGTH - 1)) ? Person.NAME_MAX_LENGTH - 1
				: Person.NAME_MAX_LENGTH;
		return name.substring(0, end).strip();
	}

	private static Language language(OidcUser user) {
		var locale = user.getLocale();
		return locale == null ? Language.ENGLISH : Language.ofCode(locale.split("[-_]")[0]).orElse(Language.ENGLISH);
	}

}
