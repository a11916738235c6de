package org.pilotbridge.pilot;

import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;

import org.pilotbridge.identity.CurrentPerson;
import org.pilotbridge.identity.MembershipRole;
import org.pilotbridge.identity.OrganisationDirectory;
import org.pilotbridge.identity.OrganisationKind;
import org.pilotbridge.identity.OrganisationQuery;
import org.pilotbridge.identity.PersonId;

/**
 * Who may do what with a pilot: the challenge managers of the agency that awarded it run
 * it; the members of the winning company write the company's account; everyone reads
 * published results.
 */
@Component
class PilotAccess {

	private final CurrentPerson current;

	private final OrganisationDirectory directory;

	private final OrganisationQuery organisations;

	PilotAccess(CurrentPerson current, OrganisationDirectory directory, OrganisationQuery organisations) {
		this.current = current;
		this.directory = directory;
		this.organisations = organisations;
	}

	/**
	 * @throws PilotAccessDenied unless the current person is a challenge manager of the
	 * pilot's agency
	 */
	PersonId requireManager(Pilot pilot) {
		var person = current.required();
		if (!directory.hasRole(person, pilot.agency(), MembershipRole.CHALLENGE_MANAGER)) {
			throw new PilotAccessDenied(PilotAccessDenied.NOT_MANAGER);
		}
		return person;
	}

	/**
	 * @throws PilotAccessDenied unless the current person is a member of the winning
	 * company
	 */
	PersonId requireCompanyMember(Pilot pilot) {
		var person = current.required();
		if (!directory.isMember(person, pilot.company())) {
			throw new PilotAccessDenied(PilotAccessDenied.NOT_COMPANY_MEMBER);
		}
		return person;
	}

	boolean isManager(Pilot pilot) {
		return current.id()
			.filter(person -> directory.hasRole(person, pilot.agency(), MembershipRole.CHALLENGE_MANAGER))
			.isPresent();
	}

	boolean isCompanyMember(Pilot pilot) {
		return current.id().filter(person -> directory.isMember(person, pilot.company())).isPresent();
	}

	/**
	 * The agencies the current person manages challenges for, and the companies they
	 * belong to.
	 */
	Participations participations() {
		if (current.id().isEmpty()) {
			return new Participations(List.of(), List.of());
		}
		var mine = organisations.mine();
		return new Participations(
				mine.stream()
					.filter(o -> o.kind() == OrganisationKind.AGENCY && o.role() == MembershipRole.CHALLENGE_MANAGER)
					.map(o -> o.id().id())
					.toList(),
				mine.stream().filter(o -> o.kind() == OrganisationKind.COMPANY).map(o -> o.id().id()).toList());
	}

	record Participations(List<UUID> agencies, List<UUID> companies) {

		boolean isEmpty() {
			return agencies.isEmpty() && companies.isEmpty();
		}

	}

}
