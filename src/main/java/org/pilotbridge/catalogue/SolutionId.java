package org.pilotbridge.catalogue;

import java.util.UUID;

public record SolutionId(UUID id) {

	public static SolutionId of(String id) {
		return new SolutionId(UUID.fromString(id));
	}

	@Override
	public String toString() {
		return id.toString();
	}

}
