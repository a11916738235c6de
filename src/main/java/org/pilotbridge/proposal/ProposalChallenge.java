package org.pilotbridge.proposal;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.pilotbridge.challenge.ChallengeId;
import org.pilotbridge.challenge.ChallengeState;
import org.pilotbridge.challenge.Criterion;
import org.pilotbridge.challenge.CriterionType;
import org.pilotbridge.shared.Money;

/**
 * What a proposal form shows of its challenge: the criteria to answer beside their
 * weights, the budget cap, the pilot duration, and the deadline in the challenge's
 * official zone.
 *
 * @param state as it is now: a published challenge past its deadline is {@code CLOSED}
 * @param criteria all criteria with their weights; {@link #qualitativeCriteria()} are
 * those to answer
 */
public record ProposalChallenge(ChallengeId id, String reference, String title, String agencyName, ChallengeState state,
		Instant proposalsDeadline, ZoneId timeZone, @Nullable Money budgetCap, @Nullable Integer pilotDurationWeeks,
		List<Criterion> criteria) {

	public ProposalChallenge {
		criteria = List.copyOf(criteria);
	}

	public List<Criterion> qualitativeCriteria() {
		return criteria.stream().filter(c -> c.type() == CriterionType.QUALITATIVE).toList();
	}

	/** The deadline in the challenge's official time zone. */
	public ZonedDateTime deadlineInOfficialZone() {
		return proposalsDeadline.atZone(timeZone);
	}

}
