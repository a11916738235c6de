package org.pilotbridge.challenge;

import java.util.UUID;

public record QuestionId(UUID id) {

	public static QuestionId of(String id) {
		return new QuestionId(UUID.fromString(id));
	}

	@Override
	public String toString() {
		return id.toString();
	}

}
