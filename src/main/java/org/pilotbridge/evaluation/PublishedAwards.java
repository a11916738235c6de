package org.pilotbridge.evaluation;

import java.util.Objects;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.pilotbridge.challenge.ChallengeId;
import org.pilotbridge.evaluation.awards.AwardDecision;
import org.pilotbridge.evaluation.awards.AwardDetails;

/**
 * The public facts of a decision for the open-data module: when it was taken, when the
 * standstill period ends, the winners (one per pilot, in the order of the ranking) with
 * their prices excluding VAT, and every bidder.
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
		// Published once approved, dated by the approval: the approver's name is not.
		return records.decision(challenge).filter(decision -> !decision.awaitsApproval()).map(decision -> {
			var bidders = records.bidders(challenge);
			var winners = decision.winners()
				.stream()
				.flatMap(winner -> bidders.stream().filter(bidder -> bidder.proposal().equals(winner)))
				.filter(bidder -> bidder.price() != null)
				.map(bidder -> new AwardDecision.Winner(bidder.company(), Objects.requireNonNull(bidder.price())))
				.toList();
			return new AwardDecision(Objects.requireNonNull(decision.approvedAt()), decision.standstillEndsAt(),
					winners, bidders.stream().map(Bidder::company).toList());
		});
	}

}
