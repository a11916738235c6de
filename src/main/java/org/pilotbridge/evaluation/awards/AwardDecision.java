package org.pilotbridge.evaluation.awards;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import org.pilotbridge.identity.OrganisationId;
import org.pilotbridge.shared.Money;

/**
 * An award decision as it may be published.
 *
 * @param decidedAt when the decision took effect for the bidders (the award date): its
 * approval by an authorising officer, or its proposal where no approval was needed
 * @param standstillEndsAt when the standstill period ends and the awards come into force;
 * {@code null} or a past moment when there is none
 * @param winners the organisations awarded a pilot, with the amount of each, excluding
 * VAT; empty when no award was made
 * @param bidders every organisation that submitted a proposal, winners included;
 * published as tenderers only if {@code pilotbridge.opendata.publish-bidder-names} allows
 * it
 */
public record AwardDecision(Instant decidedAt, @Nullable Instant standstillEndsAt, List<Winner> winners,
		List<OrganisationId> bidders) {

	public AwardDecision {
		Objects.requireNonNull(decidedAt, "decidedAt");
		winners = List.copyOf(winners);
		bidders = List.copyOf(bidders);
	}

	/**
	 * One awarded pilot: who delivers it and for how much.
	 */
	public record Winner(OrganisationId supplier, Money value) {

		public Winner {
			Objects.requireNonNull(supplier, "supplier");
			Objects.requireNonNull(value, "value");
		}

	}

}
