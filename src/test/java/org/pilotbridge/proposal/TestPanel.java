package org.pilotbridge.proposal;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

import org.pilotbridge.challenge.ChallengeId;
import org.pilotbridge.identity.PersonId;
import org.pilotbridge.proposal.spi.ProposalReaders;

/**
 * Stands in for the evaluation module's panels: a {@link ProposalReaders} bean that
 * admits the people a test names.
 */
@Component
class TestPanel implements ProposalReaders {

	private final Set<String> members = ConcurrentHashMap.newKeySet();

	void admit(PersonId person, ChallengeId challenge) {
		members.add(person + "/" + challenge);
	}

	@Override
	public boolean mayRead(PersonId person, ChallengeId challenge) {
		return members.contains(person + "/" + challenge);
	}

}
