package org.pilotbridge.pilot;

import java.util.UUID;

public record PilotId(UUID id) {

	public static PilotId of(String id) {
		return new PilotId(UUID.fromString(id));
	}

	@Override
	public String toString() {
		return id.toString();
	}

}
