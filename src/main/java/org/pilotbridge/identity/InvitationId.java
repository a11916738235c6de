package org.pilotbridge.identity;

import java.util.UUID;

public record InvitationId(UUID id) {

	@Override
	public String toString() {
		return id.toString();
	}

}
