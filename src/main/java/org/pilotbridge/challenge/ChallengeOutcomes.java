package org.pilotbridge.challenge;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import org.pilotbridge.audit.Actor;
import org.pilotbridge.audit.AuditRecord;
import org.pilotbridge.identity.CurrentPerson;
import org.pilotbridge.shared.InvalidInput;

/**
 * The end of a challenge's life, for the {@code evaluation} module: it records the award
 * decision in its own transaction, after checking who may take it, and calls one of these
 * within that transaction (so they refuse to run without one). The challenge must be
 * under evaluation.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class ChallengeOutcomes {

	private final Challenges challenges;

	private final CurrentPerson current;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final AwardNotices notices;

	ChallengeOutcomes(Challenges challenges, AwardNotices notices, CurrentPerson current,
			ApplicationEventPublisher events, Clock clock) {
		this.challenges = challenges;
		this.notices = notices;
		this.current = current;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Awards the challenge and publishes the notice: each winner with the amount of its
	 * pilot excluding VAT, in the order of the ranking.
	 * @throws InvalidInput when the challenge is not under evaluation
	 * @throws IllegalArgumentException without a winner, or with more than the
	 * challenge's pilots to award
	 */
	public void award(ChallengeId id, List<AwardNotice.Winner> winners) {
		if (winners.isEmpty()) {
			throw new IllegalArgumentException("An award has at least one winner");
		}
		var pilots = challenges.findById(id.id())
			.map(Challenge::pilotsToAward)
			.orElseThrow(() -> new ChallengeNotFound(id));
		if (winners.size() > pilots) {
			throw new IllegalArgumentException(id + " awards at most " + pilots + " pilots");
		}
		award(id);
		notices.save(id, AwardNotice.award(winners, clock.instant()));
	}

	/**
	 * Ends the challenge without an award and publishes why.
	 * @throws InvalidInput when the challenge is not under evaluation
	 */
	public void noAward(ChallengeId id, String reason) {
		noAward(id);
		notices.save(id, AwardNotice.noAward(reason, clock.instant()));
	}

	/**
	 * Awards the challenge without a public notice. @throws InvalidInput when the
	 * challenge is not under evaluation
	 */
	public void award(ChallengeId id) {
		var challenge = underEvaluation(id);
		challenge.award(clock.instant());
		challenges.save(challenge);
		var reference = challenge.reference().orElseThrow();
		events.publishEvent(new ChallengeAwarded(id, reference, challenge.title(), challenge.agency(),
				auditRecord("challenge.awarded", id, reference)));
	}

	/**
	 * Ends the challenge without an award nor a public notice. @throws InvalidInput when
	 * the challenge is not under evaluation
	 */
	public void noAward(ChallengeId id) {
		var challenge = underEvaluation(id);
		challenge.noAward(clock.instant());
		challenges.save(challenge);
		var reference = challenge.reference().orElseThrow();
		events.publishEvent(new ChallengeNotAwarded(id, reference, challenge.title(), challenge.agency(),
				auditRecord("challenge.not-awarded", id, reference)));
	}

	private Challenge underEvaluation(ChallengeId id) {
		challenges.lock(id.id()).orElseThrow(() -> new ChallengeNotFound(id));
		var challenge = challenges.findById(id.id()).orElseThrow(() -> new ChallengeNotFound(id));
		if (challenge.state() != ChallengeState.UNDER_EVALUATION) {
			throw InvalidInput.of("challenge", "challenge.state.not-under-evaluation");
		}
		return challenge;
	}

	/** Decided by a person, or by the system at the end of a standstill period. */
	private AuditRecord auditRecord(String action, ChallengeId id, String reference) {
		var details = Map.of("reference", reference);
		return current.id().isPresent() ? current.auditRecord(action, "challenge", id, details)
				: AuditRecord.of(clock.instant(), Actor.SYSTEM, action, "challenge", id, details);
	}

}
