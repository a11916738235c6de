package org.pilotbridge.consultation;

import java.util.Optional;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import org.pilotbridge.identity.CurrentPerson;
import org.pilotbridge.identity.MembershipRole;
import org.pilotbridge.identity.OrganisationDirectory;
import org.pilotbridge.identity.OrganisationId;
import org.pilotbridge.identity.OrganisationKind;
import org.pilotbridge.identity.OrganisationQuery;
import org.pilotbridge.identity.PersonId;
import org.pilotbridge.shared.InvalidInput;

/**
 * Who may do what with consultations: the challenge managers of an agency run its
 * consultations; the members of a company answer them, as long as a platform
 * administrator has not refused the company.
 */
@Component
class ConsultationAccess {

	private final CurrentPerson current;

	private final OrganisationDirectory directory;

	private final OrganisationQuery organisations;

	ConsultationAccess(CurrentPerson current, OrganisationDirectory directory, OrganisationQuery organisations) {
		this.current = current;
		this.directory = directory;
		this.organisations = organisations;
	}

	/**
	 * The current person, who must be a member of the company.
	 * @throws AccessDeniedException when they are not, or it is not a company
	 * @throws InvalidInput when a platform administrator refused to verify the company
	 */
	PersonId requireCompanyMember(OrganisationId company) {
		return organisations.requireCompanyMember(company, "catalogue.company.rejected");
	}

	boolean isCompanyMember(OrganisationId company) {
		return current.id().filter(person -> directory.isMember(person, company)).isPresent();
	}

	/**
	 * The company the current person answers for, with its name and the person's role in
	 * it: their active organisation if it is a company they belong to, otherwise their
	 * first company.
	 */
	Optional<OrganisationQuery.MyOrganisation> activeCompanyMembership() {
		if (current.id().isEmpty()) {
			return Optional.empty();
		}
		return organisations.activeCompany();
	}

	/** The current person, who must be a challenge manager of the agency. */
	PersonId requireManager(OrganisationId agency) {
		var person = current.required();
		if (!directory.hasRole(person, agency, MembershipRole.CHALLENGE_MANAGER)) {
			throw new AccessDeniedException("Only the challenge managers of the agency may do this");
		}
		return person;
	}

	/**
	 * The agency the current person manages challenges for: their active organisation if
	 * it is such an agency, otherwise the first.
	 */
	Optional<OrganisationId> activeAgency() {
		if (current.id().isEmpty()) {
			return Optional.empty();
		}
		var agencies = organisations.mine()
			.stream()
			.filter(o -> o.kind() == OrganisationKind.AGENCY && o.role() == MembershipRole.CHALLENGE_MANAGER)
			.toList();
		var active = current.activeOrganisation();
		return agencies.stream()
			.filter(o -> active.isPresent() && o.id().equals(active.get()))
			.findFirst()
			.or(() -> agencies.stream().findFirst())
			.map(OrganisationQuery.MyOrganisation::id);
	}

}
