package org.pilotbridge.consultation;

import java.util.UUID;

public record ConsultationId(UUID id) {

	public static ConsultationId of(String id) {
		return new ConsultationId(UUID.fromString(id));
	}

	@Override
	public String toString() {
		return id.toString();
	}

}
