package org.pilotbridge.identity;

/**
 * Which of an agency's decisions an authorising officer approves, and the standstill
 * period its challenge editor proposes.
 *
 * @param awardNeedsApproval whether a panel's award (or no award) takes effect only once
 * an authorising officer approved it
 * @param publicationNeedsApproval whether a challenge is published only by an authorising
 * officer
 * @param defaultStandstillDays the calendar days between the letters and the decision's
 * coming into force that a new challenge starts with
 */
public record DecisionRules(boolean awardNeedsApproval, boolean publicationNeedsApproval, int defaultStandstillDays) {

	public static final int MAX_STANDSTILL_DAYS = 60;

	/** What an agency that has set nothing gets. */
	public static final DecisionRules DEFAULT = new DecisionRules(true, false, 10);

}
