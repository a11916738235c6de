package org.pilotbridge.challenge;

import org.jspecify.annotations.Nullable;

import org.pilotbridge.shared.UserText;

/**
 * A criterion as entered; without an id it is a new one.
 */
public record CriterionData(@Nullable CriterionId id, String name, String description, int weight, CriterionType type) {

	public CriterionData {
		name = UserText.clean(name);
		description = UserText.clean(description);
		type = type == null ? CriterionType.QUALITATIVE : type;
	}

	public static CriterionData of(String name, String description, int weight, CriterionType type) {
		return new CriterionData(null, name, description, weight, type);
	}

	/** Whether it says the same as another, whatever the ids. */
	boolean sameAs(CriterionData other) {
		return name.equals(other.name) && description.equals(other.description) && weight == other.weight
				&& type == other.type;
	}

}
