package org.pilotbridge.identity;

import java.util.List;

/**
 * An organisation either buys (an agency) or proposes (a company, startups included).
 */
public enum OrganisationKind {

	AGENCY, COMPANY;

	/**
	 * The roles a member of such an organisation can have, the administering role first.
	 */
	public List<MembershipRole> roles() {
		return switch (this) {
			case AGENCY -> List.of(MembershipRole.CHALLENGE_MANAGER, MembershipRole.MEMBER);
			case COMPANY -> List.of(MembershipRole.OWNER, MembershipRole.MEMBER);
		};
	}

	/** The role that manages the organisation: members, invitations, join requests. */
	public MembershipRole administeringRole() {
		return roles().get(0);
	}

}
