package org.pilotbridge.dossier;

import org.springframework.stereotype.Component;

import org.pilotbridge.challenge.ChallengeDirectory;
import org.pilotbridge.challenge.ChallengeId;
import org.pilotbridge.challenge.ChallengeNotFound;
import org.pilotbridge.challenge.ChallengeSummary;
import org.pilotbridge.identity.OrganisationDirectory;
import org.pilotbridge.identity.PersonId;

/**
 * Who may have a challenge's procurement file, and when: the challenge managers of its
 * agency, once its proposals are opened (the deadline and the opening delay have passed).
 * Anyone else is told the file does not exist, as for any object they may not see.
 */
@Component
class ProcurementFileAccess {

	private final ChallengeDirectory challenges;

	private final OrganisationDirectory directory;

	ProcurementFileAccess(ChallengeDirectory challenges, OrganisationDirectory directory) {
		this.challenges = challenges;
		this.directory = directory;
	}

	/**
	 * The challenge, if the person may have its file now.
	 * @throws ChallengeNotFound otherwise
	 */
	ChallengeSummary requireFile(PersonId person, ChallengeId id) {
		var challenge = challenges.challenge(id).orElseThrow(() -> new ChallengeNotFound(id));
		if (!challenge.proposalsOpened() || !mayHaveFile(person, challenge)) {
			throw new ChallengeNotFound(id);
		}
		return challenge;
	}

	/**
	 * The one rule of who may have the file: the challenge's managers and the agency's
	 * authorising officers.
	 */
	private boolean mayHaveFile(PersonId person, ChallengeSummary challenge) {
		return challenges.isManager(person, challenge.id())
				|| directory.isAuthorisingOfficer(person, challenge.agency());
	}

}
