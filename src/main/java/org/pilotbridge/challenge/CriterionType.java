package org.pilotbridge.challenge;

/**
 * How a criterion is scored: by the panel's judgement on the scale, or from the price
 * asked (at most one criterion of a challenge).
 */
public enum CriterionType {

	QUALITATIVE, PRICE;

	public String messageKey() {
		return "challenge.criterion-type." + name();
	}

}
