package org.pilotbridge.evaluation;

import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.pilotbridge.challenge.ChallengeId;
import org.pilotbridge.identity.PersonId;

/**
 * Look-ups other modules need about panels, such as whom to tell about a declared
 * conflict. Not meant for views; it checks no rights, the calling module does.
 */
@Service
@Transactional(readOnly = true)
public class PanelDirectory {

	private final PanelMembers panels;

	PanelDirectory(PanelMembers panels) {
		this.panels = panels;
	}

	/** The chair of the challenge's panel, once they have joined. */
	public Optional<PersonId> chair(ChallengeId challenge) {
		return panels.of(challenge)
			.stream()
			.filter(member -> member.role().chairs())
			.map(PanelMember::person)
			.filter(java.util.Objects::nonNull)
			.findFirst();
	}

}
