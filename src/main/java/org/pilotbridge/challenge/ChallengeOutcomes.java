package org.pilotbridge.challenge;

import java.time.Clock;
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
 * The end of a challenge's life, for the {@code evaluation} module: it records the award decision in
 * its own transaction, after checking who may take it, and calls one of these within that
 * transaction (so they refuse to run without one). The challenge must be under evaluation.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class ChallengeOutcomes {

	private final Challenges challenges;

	private final CurrentPerson current;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ChallengeOutcomes(Challenges challenges, CurrentPerson current, ApplicationEventPublisher events, Clock clock) {
		this.challenges = challenges;
		this.current = current;
		this.events = events;
		this.clock = clock;
	}

	/** @throws InvalidInput when the challenge is not under evaluation */
	public void award(ChallengeId id) {
		var challenge = underEvaluation(id);
		challenge.award(clock.instant());
		challenges.save(challenge);
		var reference = challenge.reference().orElseThrow();
		events.publishEvent(new ChallengeAwarded(id, reference, challenge.title(), challenge.agency(),
				auditRecord("challenge.awarded", id, reference)));
	}

	/** @throws InvalidInput when the challenge is not under evaluation */
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
