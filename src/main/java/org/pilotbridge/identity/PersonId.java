package org.pilotbridge.identity;

import java.util.UUID;

public record PersonId(UUID id) {

	public static PersonId of(String id) {
		return new PersonId(UUID.fromString(id));
	}

	@Override
	public String toString() {
		return id.toString();
	}

}
