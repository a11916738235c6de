package org.pilotbridge.challenge;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.pilotbridge.identity.MembershipRole;
import org.pilotbridge.identity.OrganisationDirectory;
import org.pilotbridge.identity.OrganisationId;
import org.pilotbridge.identity.PersonId;

/**
 * Look-ups other modules need about challenges: the summary of one, and who manages it.
 * Not meant for views; it checks no rights, the calling module does.
 */
@Service
@Transactional(readOnly = true)
public class ChallengeDirectory {

	private final Challenges challenges;

	private final ChallengeClosing closing;

	private final OrganisationDirectory organisations;

	private final JdbcClient jdbc;

	private final Clock clock;

	ChallengeDirectory(Challenges challenges, ChallengeClosing closing, OrganisationDirectory organisations,
			JdbcClient jdbc, Clock clock) {
		this.challenges = challenges;
		this.closing = closing;
		this.organisations = organisations;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Every challenge ever published, withdrawn ones included, oldest first, with the
	 * public facts of its life: for statistics, without loading whole challenges.
	 */
	public List<PublishedChallengeFacts> published() {
		return jdbc.sql("""
				SELECT id, reference, agency_id, time_zone, published_at, state, decided_at, submitted_count
				FROM challenge
				WHERE published_at IS NOT NULL AND reference IS NOT NULL
				ORDER BY published_at, id
				""").query((rs, row) -> {
			var state = ChallengeState.valueOf(rs.getString("state"));
			var decided = rs.getTimestamp("decided_at");
			var ended = state == ChallengeState.AWARDED || state == ChallengeState.NO_AWARD;
			return new PublishedChallengeFacts(new ChallengeId(rs.getObject("id", UUID.class)),
					rs.getString("reference"), new OrganisationId(rs.getObject("agency_id", UUID.class)),
					ZoneId.of(rs.getString("time_zone")), rs.getTimestamp("published_at").toInstant(), state,
					decided == null ? null : decided.toInstant(), ended ? rs.getInt("submitted_count") : null);
		}).list();
	}

	/**
	 * The challenges under evaluation whose scoring has a due date, the soonest due
	 * first: those whose panels are reminded to score.
	 */
	public List<ChallengeId> underEvaluationWithScoringDue() {
		return jdbc.sql("""
				SELECT id FROM challenge
				WHERE state = 'UNDER_EVALUATION' AND scoring_due_on IS NOT NULL
				ORDER BY scoring_due_on, id
				""").query((rs, row) -> new ChallengeId(rs.getObject("id", UUID.class))).list();
	}

	public Optional<ChallengeSummary> challenge(ChallengeId id) {
		closing.closeIfDue(id);
		return challenges.findById(id.id())
			.map(challenge -> ChallengeSummary.of(challenge, clock.instant(), closing.openingDelay()));
	}

	public Optional<ChallengeSummary> byReference(String reference) {
		var found = challenges.findByReference(reference);
		found.ifPresent(challenge -> closing.closeIfDue(challenge.id()));
		return found.flatMap(challenge -> challenges.findById(challenge.id().id()))
			.map(challenge -> ChallengeSummary.of(challenge, clock.instant(), closing.openingDelay()));
	}

	/** The challenge managers of the agency that owns the challenge. */
	public List<PersonId> managers(ChallengeId id) {
		return challenges.findById(id.id())
			.map(challenge -> organisations.members(challenge.agency(), MembershipRole.CHALLENGE_MANAGER))
			.orElse(List.of());
	}

	public boolean isManager(PersonId person, ChallengeId id) {
		return managers(id).contains(person);
	}

}
