package org.pilotbridge.identity;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

/**
 * Runs work on behalf of a person outside any request, through the same services and
 * rules as their clicks would: for seeding demo data, jobs that act for someone, and
 * tests. It never widens a person's rights: authorities come from the person's record.
 */
@Component
public class RunAs {

	private final People people;

	private final Clock clock;

	private final SecurityContextHolderStrategy contexts;

	RunAs(People people, Clock clock, ObjectProvider<SecurityContextHolderStrategy> contexts) {
		this.people = people;
		this.clock = clock;
		// This application's holder (Vaadin's), which its method security reads: with
		// several application contexts in one JVM, as in tests, the global holder may be
		// another's.
		this.contexts = contexts.getIfUnique(SecurityContextHolder::getContextHolderStrategy);
	}

	public <T> T person(PersonId person, @Nullable OrganisationId organisation, Supplier<T> work) {
		var record = people.findById(person.id())
			.orElseThrow(() -> new IllegalArgumentException("No person " + person));
		var authorities = new ArrayList<GrantedAuthority>(List.of(new SimpleGrantedAuthority("ROLE_USER")));
		if (record.isPlatformAdmin()) {
			authorities.add(new SimpleGrantedAuthority("ROLE_PLATFORM_ADMIN"));
		}
		return with(new Authentication(new Principal(person, clock.instant(), organisation), authorities), work);
	}

	public void person(PersonId person, @Nullable OrganisationId organisation, Runnable work) {
		person(person, organisation, () -> {
			work.run();
			return null;
		});
	}

	/** The system itself, allowed to provision accounts. */
	public <T> T system(Supplier<T> work) {
		return with(new Authentication(null, List.of(new SimpleGrantedAuthority("ROLE_SYSTEM"))), work);
	}

	private <T> T with(Authentication authentication, Supplier<T> work) {
		var previous = contexts.getContext();
		var context = contexts.createEmptyContext();
		context.setAuthentication(authentication);
		contexts.setContext(context);
		try {
			return work.get();
		}
		finally {
			contexts.setContext(previous);
		}
	}

	private record Principal(PersonId personId, Instant signedInAt,
			@Nullable OrganisationId organisation) implements PersonPrincipal {

		@Override
		public Optional<OrganisationId> fixedOrganisation() {
			return Optional.ofNullable(organisation);
		}

	}

	private static final class Authentication extends AbstractAuthenticationToken {

		private final @Nullable Principal principal;

		Authentication(@Nullable Principal principal, List<GrantedAuthority> authorities) {
			super(authorities);
			this.principal = principal;
			setAuthenticated(true);
		}

		@Override
		public @Nullable Object getCredentials() {
			return null;
		}

		@Override
		public Object getPrincipal() {
			return principal == null ? "system" : principal;
		}

		@Override
		public String getName() {
			return principal == null ? "system" : principal.personId().toString();
		}

	}

}
