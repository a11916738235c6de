package org.pilotbridge.identity;

/**
 * What an invited person sees before accepting.
 */
public record InvitationPreview(String organisationName, OrganisationKind kind, MembershipRole role, String email,
		boolean open) {
}
