package org.pilotbridge.identity;

/**
 * What someone holding an invitation's link sees before accepting.
 *
 * @param maskedEmail the address it was sent to, masked ({@code e…@example.org})
 * @param addressedToYou whether the person signed in has proven that address, and so may
 * accept
 */
public record InvitationPreview(String organisationName, OrganisationKind kind, MembershipRole role, String maskedEmail,
		boolean open, boolean addressedToYou) {
}
