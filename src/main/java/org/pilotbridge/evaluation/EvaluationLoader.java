package org.pilotbridge.evaluation;

import org.springframework.stereotype.Component;

import org.pilotbridge.challenge.ChallengeDirectory;
import org.pilotbridge.challenge.ChallengeId;
import org.pilotbridge.challenge.ChallengeNotFound;

/** Reads everything recorded about the evaluation of a challenge. */
@Component
class EvaluationLoader {

	private final ChallengeDirectory challenges;

	private final PanelMembers panels;

	private final EvaluationRecords records;

	EvaluationLoader(ChallengeDirectory challenges, PanelMembers panels, EvaluationRecords records) {
		this.challenges = challenges;
		this.panels = panels;
		this.records = records;
	}

	Evaluation load(ChallengeId challenge) {
		var summary = challenges.challenge(challenge).orElseThrow(() -> new ChallengeNotFound(challenge));
		var members = panels.of(challenge);
		var chairRecused = members.stream()
			.filter(member -> member.role().chairs() && member.hasJoined())
			.anyMatch(
					chair -> records.everDeclaredConflict(java.util.Objects.requireNonNull(chair.person()), challenge));
		return new Evaluation(summary, new Panel(challenge, members, chairRecused), panels.removals(challenge),
				records.bidders(challenge), records.declarations(challenge), records.sheets(challenge),
				records.consensus(challenge), records.decision(challenge));
	}

}
