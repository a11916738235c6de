package org.pilotbridge.pilot;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.pilotbridge.challenge.ChallengeId;

/**
 * The pilots of a challenge as contracts, for the modules that publish them (the open
 * data). It checks no rights: a contract's facts are public.
 */
@Service
@Transactional(readOnly = true)
public class PilotDirectory {

	private final Pilots pilots;

	PilotDirectory(Pilots pilots) {
		this.pilots = pilots;
	}

	/** Every pilot of the challenge, in the order they were numbered. */
	public List<PilotContract> contracts(ChallengeId challenge) {
		return pilots.findByChallenge(challenge.id()).stream().map(PilotContract::of).toList();
	}

}
