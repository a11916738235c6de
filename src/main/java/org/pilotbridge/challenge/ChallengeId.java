package org.pilotbridge.challenge;

import java.util.UUID;

public record ChallengeId(UUID id) {

	public static ChallengeId of(String id) {
		return new ChallengeId(UUID.fromString(id));
	}

	@Override
	public String toString() {
		return id.toString();
	}

}
