package org.pilotbridge.challenge;

import java.util.UUID;

public record CriterionId(UUID id) {

	public static CriterionId of(String id) {
		return new CriterionId(UUID.fromString(id));
	}

	@Override
	public String toString() {
		return id.toString();
	}

}
