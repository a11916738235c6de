package org.pilotbridge.challenge;

import java.util.List;

import org.pilotbridge.shared.UserText;

/**
 * The points the panel gives per criterion, from {@code min} to {@code max}, each with a
 * description of what it means (by default 0 to 5, described in the language of the
 * challenge).
 */
public record EvaluationScale(int min, int max, List<String> descriptions) {

	public static final int DEFAULT_MIN = 0;

	public static final int DEFAULT_MAX = 5;

	public static final int HIGHEST_MAX = 10;

	public static final int DESCRIPTION_MAX_LENGTH = 300;

	public EvaluationScale {
		descriptions = descriptions == null ? List.of() : descriptions.stream().map(UserText::clean).toList();
	}

	/** The default scale, its points still to be described. */
	public static EvaluationScale standard() {
		return new EvaluationScale(DEFAULT_MIN, DEFAULT_MAX, List.of());
	}

	public int points() {
		return max - min + 1;
	}

	boolean isDescribed() {
		return descriptions.size() == points() && descriptions.stream().noneMatch(String::isEmpty);
	}

}
