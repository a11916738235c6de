package org.pilotbridge.identity;

import org.jspecify.annotations.Nullable;

/**
 * The public facts about an organisation that other modules may show or publish.
 */
public record OrganisationSummary(OrganisationId id, OrganisationKind kind, String name, String country, String city,
		@Nullable EnterpriseNumber enterpriseNumber, @Nullable SizeClass sizeClass,
		VerificationState verificationState) {

	static OrganisationSummary of(Organisation organisation) {
		return new OrganisationSummary(organisation.id(), organisation.kind(), organisation.name(),
				organisation.country(), organisation.city(), organisation.enterpriseNumber().orElse(null),
				organisation.sizeClass().orElse(null), organisation.verificationState());
	}

}
