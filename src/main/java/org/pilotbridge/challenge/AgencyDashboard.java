package org.pilotbridge.challenge;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.pilotbridge.identity.MembershipRole;
import org.pilotbridge.identity.OrganisationId;
import org.pilotbridge.identity.OrganisationKind;
import org.pilotbridge.identity.OrganisationQuery;

/**
 * The challenges of the agency the current person acts for, with what needs their
 * attention: for its challenge managers and its members alike.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class AgencyDashboard {

	private final JdbcClient jdbc;

	private final ChallengeClosing closing;

	private final OrganisationQuery organisations;

	private final Clock clock;

	AgencyDashboard(JdbcClient jdbc, ChallengeClosing closing, OrganisationQuery organisations, Clock clock) {
		this.jdbc = jdbc;
		this.closing = closing;
		this.organisations = organisations;
		this.clock = clock;
	}

	/**
	 * @throws AccessDeniedException when the person does not act for an agency
	 */
	public Dashboard dashboard() {
		var agency = organisations.active()
			.filter(o -> o.kind() == OrganisationKind.AGENCY)
			.orElseThrow(() -> new AccessDeniedException("The dashboard is for members of an agency"));
		closing.closeAllDue();
		var now = clock.instant();
		var opened = new ArrayList<ChallengeId>();
		var rows = jdbc.sql("""
				SELECT c.id, c.reference, c.title, c.state, c.proposals_deadline, c.submitted_count,
				       (SELECT count(*) FROM challenge_follow f WHERE f.challenge_id = c.id) AS followers,
				       (SELECT count(*) FROM challenge_question q
				        WHERE q.challenge_id = c.id AND q.state = 'PENDING') AS pending_questions
				FROM challenge c WHERE c.agency_id = ?
				ORDER BY c.created_at DESC, c.id
				""").param(agency.id().id()).query((rs, row) -> {
			var id = new ChallengeId(rs.getObject("id", UUID.class));
			var recorded = ChallengeState.valueOf(rs.getString("state"));
			var deadline = rs.getTimestamp("proposals_deadline") == null ? null
					: rs.getTimestamp("proposals_deadline").toInstant();
			if (recorded == ChallengeState.CLOSED) {
				opened.add(id);
			}
			// Closed for everyone at the deadline; the close is recorded once the
			// proposals are opened.
			var state = recorded == ChallengeState.PUBLISHED && deadline != null && !now.isBefore(deadline)
					? ChallengeState.CLOSED : recorded;
			return new Row(id, rs.getString("reference"), rs.getString("title"), state, deadline,
					rs.getLong("followers"), rs.getLong("pending_questions"), rs.getInt("submitted_count"));
		}).list();
		var counts = new EnumMap<ChallengeState, Long>(ChallengeState.class);
		rows.forEach(row -> counts.merge(row.state(), 1L, Long::sum));
		var actions = new ArrayList<ActionItem>();
		for (var row : rows) {
			if (row.state() == ChallengeState.PUBLISHED && row.pendingQuestions() > 0) {
				actions.add(new ActionItem(Action.ANSWER_QUESTIONS, row.id(), row.reference(), row.title(),
						row.pendingQuestions()));
			}
			if (row.state() == ChallengeState.DRAFT) {
				actions.add(new ActionItem(Action.FINISH_DRAFT, row.id(), row.reference(), row.title(), 0));
			}
			if (opened.contains(row.id())) {
				actions.add(new ActionItem(Action.START_EVALUATION, row.id(), row.reference(), row.title(),
						row.submittedProposals()));
			}
		}
		return new Dashboard(agency.id(), agency.name(), agency.role() == MembershipRole.CHALLENGE_MANAGER, counts,
				rows, actions);
	}

	/**
	 * @param counts how many challenges the agency has in each state
	 * @param manager whether the person is a challenge manager, who can act on the items
	 */
	public record Dashboard(OrganisationId agency, String agencyName, boolean manager, Map<ChallengeState, Long> counts,
			List<Row> challenges, List<ActionItem> needsAction) {
	}

	/**
	 * One challenge of the agency, with its followers, its questions waiting for an
	 * answer and the number of proposals submitted (never their content).
	 */
	public record Row(ChallengeId id, @Nullable String reference, String title, ChallengeState state,
			@Nullable Instant proposalsDeadline, long followers, long pendingQuestions, int submittedProposals) {

		/**
		 * Whether its managers may delete it from the list: a draft never published
		 * ({@link ChallengeAction#DELETE_DRAFT});
		 * {@link ChallengeManagement#discardDraft} checks again.
		 */
		public boolean deletable() {
			return state == ChallengeState.DRAFT;
		}

	}

	/**
	 * Something waiting for the managers.
	 *
	 * @param count the questions to answer, or the proposals to evaluate
	 */
	public record ActionItem(Action action, ChallengeId challenge, @Nullable String reference, String title,
			long count) {
	}

	public enum Action {

		ANSWER_QUESTIONS, FINISH_DRAFT, START_EVALUATION;

		public String messageKey() {
			return "challenge.action." + name();
		}

	}

}
