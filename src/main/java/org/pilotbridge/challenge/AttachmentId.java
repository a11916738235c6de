package org.pilotbridge.challenge;

import java.util.UUID;

public record AttachmentId(UUID id) {

	public static AttachmentId of(String id) {
		return new AttachmentId(UUID.fromString(id));
	}

	@Override
	public String toString() {
		return id.toString();
	}

}
