package org.pilotbridge.pilot;

import java.util.List;
import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.pilotbridge.identity.OrganisationDirectory;
import org.pilotbridge.identity.OrganisationSummary;

/**
 * What the people taking part in pilots read: the pilots of the agencies they manage
 * challenges for and of the companies they belong to. Anyone else learns nothing of a
 * pilot here ({@link PilotNotFound}).
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class PilotQuery {

	/** Stands for "no organisation" in a query that wants a non-empty list. */
	private static final List<UUID> NONE = List.of(new UUID(0, 0));

	private final Pilots pilots;

	private final PilotAccess access;

	private final OrganisationDirectory organisations;

	PilotQuery(Pilots pilots, PilotAccess access, OrganisationDirectory organisations) {
		this.pilots = pilots;
		this.access = access;
		this.organisations = organisations;
	}

	/**
	 * The pilots the person runs or whose company carries them out, the most recently
	 * awarded first.
	 */
	public List<ParticipantPilot> mine() {
		var participations = access.participations();
		if (participations.isEmpty()) {
			return List.of();
		}
		return pilots
			.findByParticipants(participations.agencies().isEmpty() ? NONE : participations.agencies(),
					participations.companies().isEmpty() ? NONE : participations.companies())
			.stream()
			.map(this::participant)
			.filter(pilot -> pilot.manager() || pilot.companyMember())
			.toList();
	}

	/**
	 * A pilot for one of the people taking part in it.
	 * @throws PilotNotFound when there is no such pilot or the person takes no part in it
	 */
	public ParticipantPilot byReference(String reference) {
		var pilot = pilots.findByReference(reference).orElseThrow(() -> new PilotNotFound(reference));
		var participant = participant(pilot);
		if (!participant.manager() && !participant.companyMember()) {
			throw new PilotNotFound(reference);
		}
		return participant;
	}

	private ParticipantPilot participant(Pilot pilot) {
		var agency = organisations.organisation(pilot.agency()).map(OrganisationSummary::name).orElse("");
		return new ParticipantPilot(pilot, agency, access.isManager(pilot), access.isCompanyMember(pilot));
	}

}
