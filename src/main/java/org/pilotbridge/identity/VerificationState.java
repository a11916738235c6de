package org.pilotbridge.identity;

/**
 * Whether a platform administrator has checked that an organisation is who it says it is.
 */
public enum VerificationState {

	PENDING, VERIFIED, REJECTED

}
