package org.pilotbridge.opendata;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.pilotbridge.challenge.ChallengeId;
import org.pilotbridge.evaluation.awards.AwardDecision;
import org.pilotbridge.evaluation.awards.AwardDetails;

/**
 * Stands in for the evaluation module's award decisions: tests say what was decided.
 */
class FakeAwardDetails implements AwardDetails {

	private final Map<ChallengeId, AwardDecision> decisions = new ConcurrentHashMap<>();

	void decide(ChallengeId challenge, AwardDecision decision) {
		decisions.put(challenge, decision);
	}

	@Override
	public Optional<AwardDecision> decision(ChallengeId challenge) {
		return Optional.ofNullable(decisions.get(challenge));
	}

}
