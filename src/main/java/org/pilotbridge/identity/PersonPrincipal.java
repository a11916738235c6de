package org.pilotbridge.identity;

import java.time.Instant;
import java.util.Optional;

/**
 * What the security context knows of a signed-in person, whatever provider they used.
 */
public interface PersonPrincipal {

	PersonId personId();

	/** When this session's sign-in happened; sessions older than a revocation end. */
	Instant signedInAt();

	/**
	 * An organisation fixed for this principal, for work done on someone's behalf outside
	 * a request.
	 */
	default Optional<OrganisationId> fixedOrganisation() {
		return Optional.empty();
	}

}
