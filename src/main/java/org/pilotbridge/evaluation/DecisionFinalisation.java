package org.pilotbridge.evaluation;

import java.time.Clock;
import java.util.Map;
import java.util.Objects;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import org.pilotbridge.audit.Actor;
import org.pilotbridge.audit.AuditRecord;
import org.pilotbridge.challenge.AwardNotice;
import org.pilotbridge.challenge.ChallengeOutcomes;
import org.pilotbridge.identity.CurrentPerson;
import org.pilotbridge.proposal.ProposalOutcome;
import org.pilotbridge.proposal.ProposalOutcomes;

/**
 * Brings a decision into force: the challenge becomes {@code AWARDED} (its public notice
 * names every winner with the amount of its pilot) or {@code NO_AWARD}, and every
 * proposal gets its outcome, in one transaction. Called at the decision when there is no
 * standstill period, otherwise by {@link EvaluationJobs} once it has ended.
 */
@Component
class DecisionFinalisation {

	private final EvaluationRecords records;

	private final DecisionRequests requests;

	private final ChallengeOutcomes challenges;

	private final ProposalOutcomes proposals;

	private final CurrentPerson current;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	DecisionFinalisation(EvaluationRecords records, DecisionRequests requests, ChallengeOutcomes challenges,
			ProposalOutcomes proposals, CurrentPerson current, ApplicationEventPublisher events, Clock clock) {
		this.records = records;
		this.requests = requests;
		this.challenges = challenges;
		this.proposals = proposals;
		this.current = current;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Brings into force the decisions whose standstill period has ended; returns how
	 * many. Each is locked, then checked again: the list was read before the lock, and a
	 * request for review filed in the last second may have committed in between.
	 */
	@Transactional
	int finaliseDue() {
		var finalised = 0;
		for (var challenge : records.dueDecisions(clock.instant())) {
			// Gone once locked when the managers withdrew it meanwhile, upholding a
			// review.
			var decision = records.lockedDecision(challenge);
			if (decision.isPresent() && finaliseIfDue(decision.get())) {
				finalised++;
			}
		}
		return finalised;
	}

	/**
	 * Brings the decision into force if it is due: not in force yet, its standstill
	 * period over, and every request for review answered. The caller holds the decision's
	 * lock ({@link EvaluationRecords#lockedDecision}), under which requests are filed and
	 * answered, and read the decision under it, so that nothing decided under that lock
	 * before is missed here, and no two callers bring it into force.
	 * @return whether it came into force
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	boolean finaliseIfDue(Decision locked) {
		var standstillEnds = locked.standstillEndsAt();
		if (locked.isFinal() || standstillEnds == null || standstillEnds.isAfter(clock.instant())
				|| requests.hasOpenReview(locked.challenge())) {
			return false;
		}
		finalise(locked);
		return true;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	void finalise(Decision decision) {
		var challenge = decision.challenge();
		var now = clock.instant();
		var bidders = records.bidders(challenge);
		switch (decision.kind()) {
			case AWARD -> challenges.award(challenge, decision.winners()
				.stream()
				.map(winner -> bidders.stream().filter(b -> b.proposal().equals(winner)).findFirst().orElseThrow())
				.map(winner -> new AwardNotice.Winner(winner.companyName(), Objects.requireNonNull(winner.price())))
				.toList());
			case NO_AWARD -> challenges.noAward(challenge, decision.justification());
		}
		for (var bidder : bidders) {
			proposals.record(bidder.proposal(),
					decision.awards(bidder.proposal()) ? ProposalOutcome.AWARDED : ProposalOutcome.NOT_AWARDED);
		}
		records.finalise(challenge, now);
		var details = Map.of("kind", decision.kind().name(), "winners",
				String.join(",", decision.winners().stream().map(Object::toString).toList()));
		var record = current.id().isPresent()
				? current.auditRecord("evaluation.finalised", "challenge", challenge, details)
				: AuditRecord.of(now, Actor.SYSTEM, "evaluation.finalised", "challenge", challenge, details);
		events.publishEvent(new AwardFinalised(challenge, decision.kind(), decision.winners(), record));
	}

}
