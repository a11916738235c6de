package org.pilotbridge.identity;

/**
 * What a person may do for an organisation. Agencies have challenge managers and members;
 * companies have owners and members. Evaluators are not a role here: panel membership is
 * given per challenge.
 */
public enum MembershipRole {

	CHALLENGE_MANAGER, OWNER, MEMBER

}
