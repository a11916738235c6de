package org.pilotbridge.proposal;

import org.jspecify.annotations.Nullable;

import org.pilotbridge.identity.OrganisationId;
import org.pilotbridge.identity.VerificationState;

/**
 * The bidding company as the proposal shows it: read from the organisation while the
 * proposal is a draft, and frozen into each submitted version as it was at the time of
 * receipt.
 *
 * @param enterpriseNumber as people write it, such as {@code 0123.456.749}
 * @param country ISO 3166 alpha-2 code
 */
public record CompanyData(OrganisationId id, String name, @Nullable String enterpriseNumber, String street,
		String postalCode, String city, String country, VerificationState verificationState) {
}
