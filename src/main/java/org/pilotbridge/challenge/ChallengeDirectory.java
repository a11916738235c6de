package org.pilotbridge.challenge;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.pilotbridge.identity.MembershipRole;
import org.pilotbridge.identity.OrganisationDirectory;
import org.pilotbridge.identity.PersonId;

/**
 * Look-ups other modules need about challenges: the summary of one, and who manages it. Not meant
 * for views; it checks no rights, the calling module does.
 */
@Service
@Transactional(readOnly = true)
public class ChallengeDirectory {

	private final Challenges challenges;

	private final ChallengeClosing closing;

	private final OrganisationDirectory organisations;

	private final Clock clock;

	ChallengeDirectory(Challenges challenges, ChallengeClosing closing, OrganisationDirectory organisations,
			Clock clock) {
		this.challenges = challenges;
		this.closing = closing;
		this.organisations = organisations;
		this.clock = clock;
	}

	public Optional<ChallengeSummary> challenge(ChallengeId id) {
		closing.closeIfDue(id);
		return challenges.findById(id.id()).map(challenge -> ChallengeSummary.of(challenge, clock.instant()));
	}

	public Optional<ChallengeSummary> byReference(String reference) {
		var found = challenges.findByReference(reference);
		found.ifPresent(challenge -> closing.closeIfDue(challenge.id()));
		return found.flatMap(challenge -> challenges.findById(challenge.id().id()))
			.map(challenge -> ChallengeSummary.of(challenge, clock.instant()));
	}

	/** The challenge managers of the agency that owns the challenge. */
	public List<PersonId> managers(ChallengeId id) {
		return challenges.findById(id.id())
			.map(challenge -> organisations.members(challenge.agency(), MembershipRole.CHALLENGE_MANAGER))
			.orElse(List.of());
	}

	public boolean isManager(PersonId person, ChallengeId id) {
		return managers(id).contains(person);
	}

}
