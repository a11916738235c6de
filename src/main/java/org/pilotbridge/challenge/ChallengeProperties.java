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
 * @param maxBudget the highest budget cap of a challenge, excluding VAT, in {@code currency}
 * @param currency the currency of every budget on the platform
 * @param minPeriod the least time between publication and the proposals deadline
 * @param referencePrefix the start of every challenge reference, as in {@code CH-2026-0042}
 * @param closingInterval how often the job closes challenges past their deadline
 * @param reminderBefore how long before the deadline followers are reminded of it
 */
@ConfigurationProperties("pilotbridge.challenge")
record ChallengeProperties(@DefaultValue("30000") BigDecimal maxBudget, @DefaultValue("EUR") String currency,
		@DefaultValue("P14D") Duration minPeriod, @DefaultValue("CH") String referencePrefix,
		@DefaultValue("PT1M") Duration closingInterval, @DefaultValue("PT48H") Duration reminderBefore) {

	Money maxBudgetCap() {
		return Money.of(maxBudget, Currency.getInstance(currency));
	}

}
