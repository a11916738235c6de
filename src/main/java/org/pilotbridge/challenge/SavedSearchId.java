package org.pilotbridge.challenge;

import java.util.UUID;

public record SavedSearchId(UUID id) {

	public static SavedSearchId of(String id) {
		return new SavedSearchId(UUID.fromString(id));
	}

	@Override
	public String toString() {
		return id.toString();
	}

}
