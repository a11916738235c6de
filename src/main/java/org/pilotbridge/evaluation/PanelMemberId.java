package org.pilotbridge.evaluation;

import java.util.UUID;

public record PanelMemberId(UUID id) {

	@Override
	public String toString() {
		return id.toString();
	}

}
