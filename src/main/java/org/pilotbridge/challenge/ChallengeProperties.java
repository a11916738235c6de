package org.pilotbridge.challenge;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Currency;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import org.pilotbridge.shared.Money;

/**
 * Settings of the challenge module.
 *
 * @param maxBudget the highest budget cap of a challenge, excluding VAT, in
 * {@code currency}
 * @param currency the currency of every budget on the platform
 * @param minPeriod the least time between publication and the proposals deadline
 * @param referencePrefix the start of every challenge reference, as in
 * {@code CH-2026-0042}
 * @param closingInterval how often the job closes challenges past their deadline
 * @param reminderBefore how long before the deadline followers are reminded of it
 * @param submissionTimeout the longest a change of a proposal (a submission above all)
 * may take from its time of receipt to its commit; one received before the deadline that
 * cannot commit within it is refused ({@link SubmissionTimedOut})
 * @param openingDelay how long after the deadline the challenge closes for good and its
 * proposals are opened: at least the submission timeout, so that every change received
 * before the deadline has committed or been refused by then, on every node
 * @see "Design decision: docs/decisions/DD020-20261207-time-of-receipt.md"
 */
@ConfigurationProperties("pilotbridge.challenge")
record ChallengeProperties(@DefaultValue("30000") BigDecimal maxBudget, @DefaultValue("EUR") String currency,
		@DefaultValue("P14D") Duration minPeriod, @DefaultValue("CH") String referencePrefix,
		@DefaultValue("PT1M") Duration closingInterval, @DefaultValue("PT48H") Duration reminderBefore,
		@DefaultValue("PT2M") Duration submissionTimeout, @DefaultValue("PT5M") Duration openingDelay) {

	ChallengeProperties {
		if (submissionTimeout.isNegative() || submissionTimeout.isZero()) {
			throw new IllegalArgumentException("pilotbridge.challenge.submission-timeout must be positive");
		}
		if (openingDelay.compareTo(submissionTimeout) < 0) {
			throw new IllegalArgumentException("pilotbridge.challenge.opening-delay (" + openingDelay
					+ ") must be at least pilotbridge.challenge.submission-timeout (" + submissionTimeout
					+ "), or a change received before the deadline could commit after the proposals are opened");
		}
	}

	Money maxBudgetCap() {
		return Money.of(maxBudget, Currency.getInstance(currency));
	}

}
