package org.pilotbridge.pilot;

import org.jspecify.annotations.Nullable;

import org.pilotbridge.shared.UserText;

/**
 * What the managers record at the end of a pilot: the outcome, what was learned
 * (Markdown) and the decision. Fields are {@code null} or empty when not filled in; the
 * services say which are missing. The lessons are kept without what cannot be stored
 * ({@link UserText}).
 */
public record PilotResults(@Nullable PilotOutcome outcome, String lessons, @Nullable PilotDecision decision) {

	public PilotResults {
		lessons = UserText.clean(lessons);
	}

}
