package org.pilotbridge.proposal;

import java.util.UUID;

public record ProposalAttachmentId(UUID id) {

	public static ProposalAttachmentId of(String id) {
		return new ProposalAttachmentId(UUID.fromString(id));
	}

	@Override
	public String toString() {
		return id.toString();
	}

}
