package org.pilotbridge.proposal;

import java.util.UUID;

public record ProposalId(UUID id) {

	public static ProposalId of(String id) {
		return new ProposalId(UUID.fromString(id));
	}

	@Override
	public String toString() {
		return id.toString();
	}

}
