package org.pilotbridge.identity;

import java.util.UUID;

public record OrganisationId(UUID id) {

	public static OrganisationId of(String id) {
		return new OrganisationId(UUID.fromString(id));
	}

	@Override
	public String toString() {
		return id.toString();
	}

}
