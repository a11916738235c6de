package org.pilotbridge.identity;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import org.pilotbridge.audit.Actor;
import org.pilotbridge.audit.AuditRecord;

/**
 * Who is acting right now, for which organisation, and from where. The organisation is
 * the one the person chose in the header among those they belong to; it is kept in their
 * session.
 */
@Component
public class CurrentPerson {

	private final Clock clock;

	private final SecurityContextHolderStrategy contexts;

	CurrentPerson(Clock clock, ObjectProvider<SecurityContextHolderStrategy> contexts) {
		this.clock = clock;
		// This application's holder, as for RunAs.
		this.contexts = contexts.getIfUnique(SecurityContextHolder::getContextHolderStrategy);
	}

	static final String ACTIVE_ORGANISATION = CurrentPerson.class.getName() + ".activeOrganisation";

	public Optional<PersonId> id() {
		return principal().map(PersonPrincipal::personId);
	}

	public PersonId required() {
		return id().orElseThrow(NotSignedIn::new);
	}

	public boolean isPlatformAdmin() {
		var authentication = authentication();
		return authentication != null && authentication.getAuthorities()
			.stream()
			.anyMatch(authority -> "ROLE_PLATFORM_ADMIN".equals(authority.getAuthority()));
	}

	/**
	 * The organisation the person acts for, if they chose one or belong to any.
	 * Membership is checked by the services that use it, not here.
	 */
	public Optional<OrganisationId> activeOrganisation() {
		var fixed = principal().flatMap(PersonPrincipal::fixedOrganisation);
		if (fixed.isPresent()) {
			return fixed;
		}
		var request = request();
		if (request == null || request.getSession(false) == null) {
			return Optional.empty();
		}
		return Optional.ofNullable((OrganisationId) request.getSession(false).getAttribute(ACTIVE_ORGANISATION));
	}

	void activate(OrganisationId organisation) {
		var request = request();
		if (request != null) {
			request.getSession().setAttribute(ACTIVE_ORGANISATION, organisation);
		}
	}

	/** The actor for the audit trail. */
	public Actor actor() {
		var ip = ipAddress();
		return id()
			.map(person -> Actor.person(person.id(), activeOrganisation().map(OrganisationId::id).orElse(null), ip))
			.orElseGet(() -> Actor.anonymous(ip));
	}

	/** An audit record of an action by the current actor, now. */
	public AuditRecord auditRecord(String action, String objectType, Object objectId, Map<String, String> details) {
		return AuditRecord.of(clock.instant(), actor(), action, objectType, objectId, details);
	}

	public @Nullable String ipAddress() {
		var request = request();
		return request == null ? null : request.getRemoteAddr();
	}

	private Optional<PersonPrincipal> principal() {
		var authentication = authentication();
		if (authentication != null && authentication.getPrincipal() instanceof PersonPrincipal principal) {
			return Optional.of(principal);
		}
		return Optional.empty();
	}

	private @Nullable Authentication authentication() {
		return contexts.getContext().getAuthentication();
	}

	private static @Nullable HttpServletRequest request() {
		return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
				? attributes.getRequest() : null;
	}

}
