package org.pilotbridge.evaluation;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.pilotbridge.challenge.ChallengeId;
import org.pilotbridge.challenge.ChallengeState;
import org.pilotbridge.challenge.CriterionId;
import org.pilotbridge.identity.CurrentPerson;
import org.pilotbridge.identity.OrganisationDirectory;
import org.pilotbridge.proposal.ProposalId;
import org.pilotbridge.proposal.ProposalNotFound;
import org.pilotbridge.shared.InvalidInput;
import org.pilotbridge.shared.UserText;

/**
 * What the chair decides. Once every evaluator not recused from a proposal has submitted,
 * the chair records the consensus on it, criterion by criterion (the mean of the scores,
 * or other points with a reason) with the justification the bidder will read. Once every
 * proposal has its consensus and the challenge is under evaluation, the chair proposes
 * the award of one pilot or more, at most the challenge's pilots to award (by default the
 * best awardable proposals of the ranking, one per pilot; any other choice with a
 * justification), or no award with a reason. Where the agency wants it, the decision then
 * waits for an authorising officer's approval ({@link AwardApproval}); otherwise the
 * letters go out at once. The decision comes into force when the challenge's standstill
 * period ends and every request for review is answered ({@link DecisionFinalisation}).
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class AwardManagement {

	private final EvaluationLoader loader;

	private final EvaluationRecords records;

	private final EvaluationAccess access;

	private final DecisionFinalisation finalisation;

	private final CurrentPerson current;

	private final OrganisationDirectory directory;

	private final EvaluationProperties properties;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	AwardManagement(EvaluationLoader loader, EvaluationRecords records, EvaluationAccess access,
			DecisionFinalisation finalisation, CurrentPerson current, OrganisationDirectory directory,
			EvaluationProperties properties, ApplicationEventPublisher events, Clock clock) {
		this.loader = loader;
		this.records = records;
		this.access = access;
		this.finalisation = finalisation;
		this.current = current;
		this.directory = directory;
		this.properties = properties;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Records (or corrects, until the decision) the consensus on every qualitative
	 * criterion of the proposal.
	 * @throws InvalidInput before all scores are in, after the decision, and when a
	 * criterion is missing, off the scale, its justification too short, or points other
	 * than the mean come without a reason; and for a chair recused from the proposal
	 * ({@code evaluation.consensus.chair-recused}): the stand-in the managers designated
	 * records it
	 * @throws org.springframework.security.access.AccessDeniedException unless the chair
	 * asks, or the stand-in of a chair recused from the proposal
	 */
	public void recordConsensus(ProposalId proposal, List<ConsensusInput> inputs) {
		var challengeId = access.challengeOf(proposal);
		access.holdPanel(challengeId);
		var chair = access.requireMember(challengeId);
		access.requireEvaluating(challengeId);
		records.lockDecision(challengeId);
		var evaluation = loader.load(challengeId);
		access.requireConsensusRecorder(evaluation, chair, proposal);
		if (evaluation.decision().isPresent()) {
			throw InvalidInput.of("decision", "evaluation.decision.taken");
		}
		if (!evaluation.allScoresIn(proposal)) {
			throw InvalidInput.of("consensus", "evaluation.consensus.scores-missing");
		}
		var scale = evaluation.challenge().scale();
		var byCriterion = new HashMap<CriterionId, ConsensusInput>();
		inputs.forEach(input -> byCriterion.put(input.criterion(), input));
		var problems = new InvalidInput.Problems();
		var now = clock.instant();
		var scores = new ArrayList<ConsensusScore>();
		for (var criterion : evaluation.qualitative()) {
			var field = "consensus." + criterion.id();
			var input = byCriterion.get(criterion.id());
			if (input == null) {
				problems.add(field, "evaluation.score.missing", criterion.name());
				continue;
			}
			var mean = evaluation.mean(proposal, criterion.id());
			var inRange = input.points() >= scale.min() && input.points() <= scale.max();
			problems.require(inRange, field, "evaluation.score.range", scale.min(), scale.max());
			problems.require(input.justification().length() >= properties.justificationMinLength(), field,
					"evaluation.justification.too-short", criterion.name(), properties.justificationMinLength());
			problems.require(input.justification().length() <= Score.JUSTIFICATION_MAX_LENGTH, field,
					"evaluation.justification.too-long", Score.JUSTIFICATION_MAX_LENGTH);
			problems.require(input.points() == mean || !input.changeReason().isEmpty(), field,
					"evaluation.consensus.reason-required", mean);
			problems.require(input.changeReason().length() <= ConsensusScore.REASON_MAX_LENGTH, field,
					"evaluation.consensus.reason-too-long", ConsensusScore.REASON_MAX_LENGTH);
			scores.add(new ConsensusScore(criterion.id(), input.points(), mean, input.justification(),
					input.points() == mean ? "" : input.changeReason(), chair.joinedPerson(), now,
					!chair.role().chairs()));
		}
		problems.throwIfAny();
		records.saveConsensus(challengeId, proposal, scores);
		var details = new HashMap<String, String>();
		details.put("challenge", challengeId.toString());
		details.put("byStandIn", String.valueOf(!chair.role().chairs()));
		scores.forEach(score -> details.put(score.criterion().toString(),
				score.points() + " (mean " + score.meanPoints() + ")"));
		events.publishEvent(new ConsensusRecorded(challengeId, proposal,
				current.auditRecord("evaluation.consensus.recorded", "proposal", proposal, details)));
	}

	/**
	 * Proposes to award a pilot to each of the proposals, at most the challenge's pilots
	 * to award.
	 * @param winners the proposals to award, in any order; stored and published in the
	 * order of the ranking
	 * @param justification required, at least as long as a score's, unless the proposals
	 * are the ranking's best awardable ones, one per pilot
	 * ({@link Scoring#defaultWinners})
	 * @throws InvalidInput unless the challenge is under evaluation with every consensus
	 * recorded and no decision yet; without a proposal, with more than the pilots to
	 * award or one proposal twice; when a proposal does not reach the minimum total; when
	 * a justification is needed and missing
	 * @throws ProposalNotFound for a proposal the panel did not evaluate
	 * @throws org.springframework.security.access.AccessDeniedException unless the chair
	 * asks
	 */
	public void proposeAward(ChallengeId challenge, List<ProposalId> winners, @Nullable String justification) {
		var evaluation = deciding(challenge);
		var pilots = evaluation.challenge().pilotsToAward();
		var chosen = winners == null ? List.<ProposalId>of() : winners;
		if (chosen.isEmpty()) {
			throw InvalidInput.of("winners", "evaluation.decision.no-winner");
		}
		if (chosen.size() > pilots) {
			throw InvalidInput.of("winners", "evaluation.decision.too-many-winners", pilots);
		}
		if (new HashSet<>(chosen).size() != chosen.size()) {
			throw InvalidInput.of("winners", "evaluation.decision.winner-twice");
		}
		var ranking = evaluation.ranking();
		var awarded = new ArrayList<RankedProposal>();
		for (var proposal : chosen) {
			awarded.add(ranking.stream()
				.filter(ranked -> ranked.proposal().equals(proposal))
				.findFirst()
				.orElseThrow(() -> new ProposalNotFound(proposal)));
		}
		if (awarded.stream().anyMatch(ranked -> !ranked.awardable())) {
			// Only a challenge with a minimum total has proposals below it.
			throw InvalidInput.of("winners", "evaluation.decision.below-minimum",
					Objects.requireNonNull(evaluation.challenge().minimumTotal()));
		}
		var why = UserText.clean(justification);
		if (!Scoring.followsRanking(ranking, pilots, chosen) && why.length() < properties.justificationMinLength()) {
			throw InvalidInput.of("justification", "evaluation.decision.justification-required",
					properties.justificationMinLength());
		}
		if (why.length() > Score.JUSTIFICATION_MAX_LENGTH) {
			throw InvalidInput.of("justification", "evaluation.justification.too-long", Score.JUSTIFICATION_MAX_LENGTH);
		}
		awarded.sort(Comparator.comparingInt(RankedProposal::rank));
		var details = new HashMap<String, String>();
		details.put("winners", String.join(",", awarded.stream().map(ranked -> ranked.proposal().toString()).toList()));
		details.put("ranks", String.join(",", awarded.stream().map(ranked -> String.valueOf(ranked.rank())).toList()));
		details.put("totals",
				String.join(",", awarded.stream().map(ranked -> ranked.total().toPlainString()).toList()));
		decide(evaluation, DecisionKind.AWARD, awarded.stream().map(RankedProposal::proposal).toList(), why, details);
	}

	/**
	 * Proposes to award nothing, with the reason the bidders will read.
	 * @throws InvalidInput as {@link #proposeAward}, and when the reason is too short
	 */
	public void proposeNoAward(ChallengeId challenge, String reason) {
		var member = access.requireMember(challenge);
		access.requireDecider(loader.load(challenge), member);
		var why = UserText.clean(reason);
		if (why.length() < properties.justificationMinLength() || why.length() > Score.JUSTIFICATION_MAX_LENGTH) {
			throw InvalidInput.of("reason", "evaluation.decision.reason-required", properties.justificationMinLength());
		}
		var evaluation = deciding(challenge);
		decide(evaluation, DecisionKind.NO_AWARD, List.of(), why, Map.of());
	}

	private Evaluation deciding(ChallengeId challenge) {
		access.holdPanel(challenge);
		var member = access.requireMember(challenge);
		access.requireDecider(loader.load(challenge), member);
		var summary = access.challenge(challenge);
		if (summary.state() != ChallengeState.UNDER_EVALUATION) {
			throw InvalidInput.of("challenge", "evaluation.decision.not-under-evaluation");
		}
		records.lockDecision(challenge);
		var evaluation = loader.load(challenge);
		access.requireDecider(evaluation, member);
		if (evaluation.decision().isPresent()) {
			throw InvalidInput.of("decision", "evaluation.decision.taken");
		}
		if (!evaluation.consensusComplete()) {
			throw InvalidInput.of("decision", "evaluation.decision.consensus-missing");
		}
		return evaluation;
	}

	private void decide(Evaluation evaluation, DecisionKind kind, List<ProposalId> winners, String justification,
			Map<String, String> details) {
		var challenge = evaluation.challenge().id();
		var agency = access.challenge(challenge).agency();
		var needsApproval = directory.decisionRules(agency).awardNeedsApproval();
		if (needsApproval && directory.authorisingOfficers(agency).isEmpty()) {
			throw InvalidInput.of("decision", "evaluation.decision.no-authorising-officer");
		}
		var now = clock.instant();
		var decider = evaluation.decider().orElseThrow();
		var all = new HashMap<>(details);
		all.put("kind", kind.name());
		all.put("byStandIn", String.valueOf(!decider.role().chairs()));
		if (needsApproval) {
			records.addDecision(new Decision(challenge, kind, winners, justification, access.person(), now, null, null,
					!decider.role().chairs(), null, null));
			all.put("awaitsApproval", "true");
			events.publishEvent(new AwardProposed(challenge, kind, winners,
					current.auditRecord("evaluation.decided", "challenge", challenge, all)));
			return;
		}
		var standstillEnds = now.plus(Duration.ofDays(evaluation.challenge().standstillDays()));
		var decision = new Decision(challenge, kind, winners, justification, access.person(), now, standstillEnds, null,
				!decider.role().chairs(), null, now);
		records.addDecision(decision);
		all.put("standstillEndsAt", standstillEnds.toString());
		events.publishEvent(new AwardDecided(challenge, kind, winners, standstillEnds,
				current.auditRecord("evaluation.decided", "challenge", challenge, all)));
		if (!standstillEnds.isAfter(now)) {
			finalisation.finalise(decision);
		}
	}

}
