package org.pilotbridge.catalogue;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.pilotbridge.challenge.ChallengeId;
import org.pilotbridge.challenge.ChallengeQuery;
import org.pilotbridge.challenge.ChallengeState;
import org.pilotbridge.identity.CurrentPerson;
import org.pilotbridge.identity.OrganisationDirectory;
import org.pilotbridge.identity.OrganisationSummary;
import org.pilotbridge.shared.InvalidInput;

/**
 * For the managers of a challenge: the catalogue solutions that match it (by CPV division
 * or by the words of its title and summary), and inviting their companies by e-mail to
 * look at it while it is open. {@link ChallengeQuery#managed} checks that the person
 * manages the challenge.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class SolutionMatching {

	public static final int MAX_SUGGESTIONS = 20;

	public static final int MESSAGE_MAX_LENGTH = 1000;

	private final SolutionMatches matches;

	private final ChallengeQuery challenges;

	private final Solutions solutions;

	private final OrganisationDirectory organisations;

	private final CurrentPerson current;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	SolutionMatching(SolutionMatches matches, ChallengeQuery challenges, Solutions solutions,
			OrganisationDirectory organisations, CurrentPerson current, JdbcClient jdbc,
			ApplicationEventPublisher events, Clock clock) {
		this.matches = matches;
		this.challenges = challenges;
		this.solutions = solutions;
		this.organisations = organisations;
		this.current = current;
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * The best {@value #MAX_SUGGESTIONS} solutions for a challenge, drafts included.
	 * @throws org.pilotbridge.challenge.ChallengeNotFound when there is no such challenge
	 * @throws org.springframework.security.access.AccessDeniedException when the person
	 * does not manage it
	 */
	@Transactional(readOnly = true)
	public ChallengeSuggestions suggestionsFor(ChallengeId id) {
		var challenge = challenges.managed(id);
		var content = challenge.content();
		var invited = jdbc.sql("SELECT solution_id, invited_at FROM solution_invitation WHERE challenge_id = ?")
			.param(id.id())
			.query((rs, row) -> Map.entry(rs.getObject("solution_id", UUID.class),
					rs.getTimestamp("invited_at").toInstant()))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
		var suggested = matches.of(content.cpvCodes(), content.title() + "\n" + content.summary(), MAX_SUGGESTIONS)
			.stream()
			.map(match -> new SuggestedSolution(match.solution(), match.reference(), match.name(), match.pitch(),
					match.company(),
					organisations.organisation(match.company()).map(OrganisationSummary::name).orElse(""), match.trl(),
					match.sameDivision(), match.sharedWords(), invited.get(match.solution().id())))
			.toList();
		return new ChallengeSuggestions(id, challenge.reference(), content.title(), challenge.state(),
				challenge.state() == ChallengeState.PUBLISHED, suggested);
	}

	/**
	 * Invites the company behind a published solution to look at the open challenge: its
	 * members get an e-mail with the manager's message. A company is invited once per
	 * solution and challenge.
	 * @throws InvalidInput when the challenge is not open, the solution is not in the
	 * catalogue, it was invited already, or the message is too long
	 */
	public void invite(ChallengeId id, SolutionId solutionId, @Nullable String message) {
		var challenge = challenges.managed(id);
		var text = message == null ? "" : message.strip();
		new InvalidInput.Problems()
			.require(text.length() <= MESSAGE_MAX_LENGTH, "message", "validation.too-long", MESSAGE_MAX_LENGTH)
			.require(challenge.state() == ChallengeState.PUBLISHED, "challenge", "catalogue.invite.challenge-not-open")
			.throwIfAny();
		var solution = solutions.findById(solutionId.id())
			.filter(Solution::isPublic)
			.orElseThrow(() -> InvalidInput.of("solution", "catalogue.invite.not-in-catalogue"));
		var manager = current.required();
		var now = clock.instant();
		var inserted = jdbc.sql("""
				INSERT INTO solution_invitation (challenge_id, solution_id, company_id, invited_by, message, invited_at)
				VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING
				""")
			.params(id.id(), solutionId.id(), solution.company().id(), manager.id(), text, Timestamp.from(now))
			.update();
		if (inserted == 0) {
			throw InvalidInput.of("solution", "catalogue.invite.already");
		}
		var agencyName = organisations.organisation(challenge.agency()).map(OrganisationSummary::name).orElse("");
		var name = solution.publication().orElseThrow().name();
		var reference = Objects.requireNonNull(challenge.reference(), "a published challenge has its reference");
		events.publishEvent(new CompanyInvitedToChallenge(id, reference, challenge.content().title(),
				challenge.agency(), agencyName, solutionId, name, solution.company(), text,
				current.auditRecord("solution.invited", "challenge", id,
						Map.of("solution", solutionId.toString(), "company", solution.company().toString()))));
	}

	/**
	 * When the company behind the solution was invited to the challenge, if it was; for
	 * the challenge's managers.
	 */
	@Transactional(readOnly = true)
	public Optional<Instant> invitedAt(ChallengeId id, SolutionId solution) {
		challenges.managed(id);
		return jdbc.sql("SELECT invited_at FROM solution_invitation WHERE challenge_id = ? AND solution_id = ?")
			.params(id.id(), solution.id())
			.query(Timestamp.class)
			.optional()
			.map(Timestamp::toInstant);
	}

}
