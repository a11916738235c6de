package org.pilotbridge.evaluation;

/**
 * What someone holding the link of an invitation to a panel sees before accepting it.
 *
 * @param maskedEmail the address the invitation was sent to, masked
 * ({@code e…@example.org})
 * @param addressedToYou whether the person signed in has proven that address, and so may
 * accept
 */
public record PanelInvitation(PanelRole role, String challengeReference, String challengeTitle, String maskedEmail,
		boolean addressedToYou) {
}
