package org.pilotbridge.identity;

import java.time.Instant;
import java.util.Collection;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;

/**
 * The principal of a person signed in through any OpenID Connect provider. Its name is
 * the person's id, never the provider's subject.
 */
class SignedInPerson extends DefaultOidcUser implements PersonPrincipal {

	private final PersonId personId;

	private final Instant signedInAt;

	SignedInPerson(Collection<? extends GrantedAuthority> authorities, OidcIdToken idToken,
			@Nullable OidcUserInfo userInfo, PersonId personId, Instant signedInAt) {
		super(authorities, idToken, userInfo);
		this.personId = personId;
		this.signedInAt = signedInAt;
	}

	@Override
	public PersonId personId() {
		return personId;
	}

	@Override
	public Instant signedInAt() {
		return signedInAt;
	}

	@Override
	public String getName() {
		return personId.toString();
	}

}
