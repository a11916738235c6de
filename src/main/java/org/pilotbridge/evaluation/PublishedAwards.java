package org.pilotbridge.evaluation;

import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.pilotbridge.challenge.ChallengeId;
import org.pilotbridge.opendata.spi.AwardDecision;
import org.pilotbridge.opendata.spi.AwardDetails;

/**
 * The public facts of a decision for the open-data module: when it was taken, when the standstill
 * period ends, the winner with its price excluding VAT, and every bidder.
 */
@Component
class PublishedAwards implements AwardDetails {

	private final EvaluationRecords records;

	PublishedAwards(EvaluationRecords records) {
		this.records = records;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<AwardDecision> decision(ChallengeId challenge) {
		return records.decision(challenge).map(decision -> {
			var bidders = records.bidders(challenge);
			var winners = bidders.stream()
				.filter(bidder -> bidder.proposal().equals(decision.winner()) && bidder.price() != null)
				.map(bidder -> new AwardDecision.Winner(bidder.company(), bidder.price()))
				.toList();
			return new AwardDecision(decision.decidedAt(), decision.standstillEndsAt(), winners,
					bidders.stream().map(Bidder::company).toList());
		});
	}

}
