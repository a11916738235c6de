package org.pilotbridge.challenge;

import java.util.UUID;

import org.springframework.data.relational.core.mapping.Table;

/**
 * One published criterion: what the panel scores, and how much it weighs (weights of a
 * challenge add up to 100). Its id stays the same through amendments, so that scores can
 * refer to it.
 */
@Table("challenge_criterion")
public record Criterion(UUID criterionId, String name, String description, int weight, CriterionType type) {

	public static final int NAME_MAX_LENGTH = 150;

	public static final int DESCRIPTION_MAX_LENGTH = 2000;

	public CriterionId id() {
		return new CriterionId(criterionId);
	}

	CriterionData toData() {
		return new CriterionData(id(), name, description, weight, type);
	}

}
