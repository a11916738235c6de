package org.pilotbridge.evaluation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.pilotbridge.challenge.ChallengeId;
import org.pilotbridge.evaluation.EvaluationViews.CriterionScores;
import org.pilotbridge.evaluation.EvaluationViews.DeclarationForm;
import org.pilotbridge.evaluation.EvaluationViews.IndividualScore;
import org.pilotbridge.evaluation.EvaluationViews.MemberProgress;
import org.pilotbridge.evaluation.EvaluationViews.PanelTask;
import org.pilotbridge.evaluation.EvaluationViews.Progress;
import org.pilotbridge.evaluation.EvaluationViews.ProposalProgress;
import org.pilotbridge.evaluation.EvaluationViews.ProposalScores;
import org.pilotbridge.evaluation.EvaluationViews.Ranking;
import org.pilotbridge.evaluation.EvaluationViews.RankingLine;
import org.pilotbridge.evaluation.EvaluationViews.ScoringDue;
import org.pilotbridge.evaluation.EvaluationViews.ScoringForm;
import org.pilotbridge.evaluation.EvaluationViews.SheetState;
import org.pilotbridge.identity.OrganisationDirectory;
import org.pilotbridge.identity.PersonId;
import org.pilotbridge.proposal.ProposalId;
import org.pilotbridge.proposal.ProposalNotFound;
import org.pilotbridge.proposal.ProposalQuery;
import org.pilotbridge.shared.InvalidInput;

/**
 * What people see of an evaluation. Members see only the panels they sit on; an evaluator
 * sees a proposal only once declared and not recused, and the other evaluators' scores
 * only once they have submitted all of their own; the chair and the challenge's managers
 * follow everything.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class EvaluationQuery {

	private final EvaluationLoader loader;

	private final PanelMembers panels;

	private final EvaluationAccess access;

	private final ProposalQuery proposals;

	private final OrganisationDirectory directory;

	private final EvaluationProperties properties;

	private final BiddingInterest interest;

	EvaluationQuery(EvaluationLoader loader, PanelMembers panels, EvaluationAccess access, ProposalQuery proposals,
			OrganisationDirectory directory, EvaluationProperties properties, BiddingInterest interest) {
		this.loader = loader;
		this.interest = interest;
		this.panels = panels;
		this.access = access;
		this.proposals = proposals;
		this.directory = directory;
		this.properties = properties;
	}

	/** The panels the person sits on, with what is left to do. */
	public List<PanelTask> todo() {
		var person = access.person();
		var tasks = new ArrayList<PanelTask>();
		for (var member : panels.ofPerson(person)) {
			if (interest.isBidder(person, member.challenge())) {
				continue;
			}
			var evaluation = loader.load(member.challenge());
			var challenge = evaluation.challenge();
			var recused = (int) evaluation.bidders()
				.stream()
				.filter(b -> evaluation.isRecused(person, b.proposal()))
				.count();
			var toScore = member.role().scores() ? evaluation.toScore(person) : 0;
			var consensusPending = (int) evaluation.bidders()
				.stream()
				.filter(b -> evaluation.allScoresIn(b.proposal()) && !evaluation.hasConsensus(b.proposal()))
				.filter(b -> evaluation.consensusRecorder(b.proposal())
					.filter(r -> r.id().equals(member.id()))
					.isPresent())
				.count();
			tasks.add(new PanelTask(challenge.id(), Objects.requireNonNullElse(challenge.reference(), ""),
					challenge.title(), challenge.state(), member.role(), evaluation.hasDeclared(person),
					evaluation.bidders().size(), recused, toScore, consensusPending, member.standIn(),
					evaluation.decision().map(Decision::kind).orElse(null), ScoringDue.of(challenge)));
		}
		return tasks;
	}

	/**
	 * What the member declares about; the bidders must have been listed
	 * ({@link EvaluationManagement#bidders}).
	 */
	public DeclarationForm declarationForm(ChallengeId challenge) {
		var member = access.requireMember(challenge);
		var evaluation = loader.load(challenge);
		return new DeclarationForm(challenge, Objects.requireNonNullElse(evaluation.challenge().reference(), ""),
				evaluation.challenge().title(), evaluation.bidders(),
				evaluation.declarations().stream().filter(d -> d.seat().equals(member.id())).toList(),
				evaluation.bidders()
					.stream()
					.map(Bidder::proposal)
					.filter(proposal -> evaluation.isRecused(member.person(), proposal))
					.toList());
	}

	/**
	 * The proposal, its files and the criteria side by side, with the evaluator's scores
	 * so far. The read of the proposal is in the audit trail.
	 * @throws InvalidInput before the declaration and for a proposal the evaluator is
	 * recused from
	 */
	public ScoringForm scoring(ProposalId proposal) {
		var challengeId = access.challengeOf(proposal);
		var member = access.requireScorer(challengeId, proposal);
		var evaluation = loader.load(challengeId);
		var sheet = evaluation.sheet(proposal, member.joinedPerson());
		var bidder = evaluation.bidder(proposal).orElseThrow(() -> new ProposalNotFound(proposal));
		return new ScoringForm(challengeId, proposal, bidder.companyName(), evaluation.qualitative(),
				evaluation.challenge().scale(), properties.justificationMinLength(),
				inCriteriaOrder(evaluation, sheet.map(ScoreSheet::scores).orElse(List.of())),
				sheet.filter(ScoreSheet::isSubmitted).isPresent(), proposals.latest(proposal),
				ScoringDue.of(evaluation.challenge()));
	}

	/**
	 * Every submitted score of the proposal, per criterion, with the spread and the mean.
	 * The chair and the managers see them at any time; an evaluator only once they have
	 * submitted the scores of every proposal they are not recused from, and never those
	 * of a proposal they are recused from.
	 * @throws InvalidInput ({@code evaluation.scores.own-first}) for an evaluator not
	 * done yet
	 */
	public ProposalScores scores(ProposalId proposal) {
		var challengeId = access.challengeOf(proposal);
		var evaluation = loader.load(challengeId);
		var person = access.person();
		var member = access.membership(challengeId);
		if (evaluation.isRecused(person, proposal)) {
			throw new AccessDeniedException("Recused from " + proposal);
		}
		var follows = access.isManager(challengeId) || member.filter(m -> m.role().chairs()).isPresent();
		if (member.filter(m -> m.role().scores()).isPresent()) {
			if (evaluation.isRecused(person, proposal)) {
				throw new AccessDeniedException("Recused from " + proposal);
			}
			if (!evaluation.hasSubmittedAll(person)) {
				throw InvalidInput.of("scores", "evaluation.scores.own-first");
			}
		}
		else if (!follows) {
			throw new AccessDeniedException("Not on the panel of " + challengeId);
		}
		return scores(evaluation, proposal);
	}

	ProposalScores scores(Evaluation evaluation, ProposalId proposal) {
		var bidder = evaluation.bidder(proposal).orElseThrow(() -> new ProposalNotFound(proposal));
		var recorded = evaluation.consensus().getOrDefault(proposal, Map.of());
		var criteria = new ArrayList<CriterionScores>();
		for (var criterion : evaluation.qualitative()) {
			var individual = new ArrayList<IndividualScore>();
			for (var sheet : evaluation.submittedSheets(proposal)) {
				sheet.scores()
					.stream()
					.filter(score -> score.criterion().equals(criterion.id()) && score.points() != null)
					.forEach(score -> individual.add(new IndividualScore(sheet.evaluator(),
							name(evaluation, sheet.evaluator()), score.points(), score.justification())));
			}
			var points = evaluation.points(proposal, criterion.id());
			criteria.add(new CriterionScores(criterion, individual,
					points.isEmpty() ? evaluation.challenge().scale().min() : evaluation.mean(proposal, criterion.id()),
					Scoring.spread(points), evaluation.isFlagged(proposal, criterion.id(), properties.spreadGap()),
					recorded.get(criterion.id())));
		}
		return new ProposalScores(evaluation.challenge().id(), proposal, bidder.companyName(),
				evaluation.challenge().scale(), criteria);
	}

	/**
	 * The scores of the proposal for the chair to record the consensus (or, where the
	 * chair is recused from it, for the stand-in the managers designated): only once
	 * every evaluator not recused from it has submitted.
	 * @throws InvalidInput ({@code evaluation.consensus.scores-missing}) before that, and
	 * ({@code evaluation.consensus.chair-recused}) for a chair recused from the proposal
	 */
	public ProposalScores consensusForm(ProposalId proposal) {
		var challengeId = access.challengeOf(proposal);
		var member = access.requireMember(challengeId);
		var evaluation = loader.load(challengeId);
		access.requireConsensusRecorder(evaluation, member, proposal);
		if (!evaluation.allScoresIn(proposal)) {
			throw InvalidInput.of("consensus", "evaluation.consensus.scores-missing");
		}
		return scores(evaluation, proposal);
	}

	/**
	 * Who has declared, who has scored what, where the spread is large, and which
	 * consensus the person asking records; for the chair, a stand-in and the managers.
	 */
	public Progress progress(ChallengeId challenge) {
		access.requireLeadOrManager(challenge);
		var evaluation = loader.load(challenge);
		var viewer = access.membership(challenge);
		var members = evaluation.panel().members().stream().map(member -> {
			var declared = member.hasJoined()
					? evaluation.declarations().stream().filter(d -> d.seat().equals(member.id())).toList()
					: List.<Declaration>of();
			var conflicts = declared.stream()
				.filter(Declaration::conflict)
				.map(d -> evaluation.bidder(d.proposal()).map(Bidder::companyName).orElse("") + ": " + d.description())
				.toList();
			return new MemberProgress(member, declared.isEmpty() ? null : declared.getFirst().declaredAt(), conflicts);
		}).toList();
		var proposals = evaluation.bidders().stream().map(bidder -> {
			var states = evaluation.panel()
				.members()
				.stream()
				.map(member -> state(evaluation, member, bidder))
				.toList();
			var flagged = (int) evaluation.qualitative()
				.stream()
				.filter(c -> evaluation.isFlagged(bidder.proposal(), c.id(), properties.spreadGap()))
				.count();
			var recordsIt = viewer
				.flatMap(member -> evaluation.consensusRecorder(bidder.proposal())
					.filter(recorder -> recorder.id().equals(member.id())))
				.isPresent();
			return new ProposalProgress(bidder, states, evaluation.allScoresIn(bidder.proposal()), flagged, recordsIt,
					evaluation.hasConsensus(bidder.proposal()));
		}).toList();
		var summary = evaluation.challenge();
		return new Progress(challenge, Objects.requireNonNullElse(summary.reference(), ""), summary.title(),
				summary.state(), evaluation.panel(), members, proposals, ScoringDue.of(summary));
	}

	private static SheetState state(Evaluation evaluation, PanelMember member, Bidder bidder) {
		if (!member.role().scores() || !member.hasJoined() || !evaluation.hasDeclared(member.joinedPerson())) {
			return SheetState.NOT_DECLARED;
		}
		if (evaluation.isRecused(member.person(), bidder.proposal())) {
			return SheetState.RECUSED;
		}
		return evaluation.sheet(bidder.proposal(), member.joinedPerson())
			.map(sheet -> sheet.isSubmitted() ? SheetState.SUBMITTED : SheetState.DRAFT)
			.orElse(SheetState.NOT_STARTED);
	}

	/**
	 * The ranking from the consensus recorded so far; for the chair, a stand-in and the
	 * managers. The lines of proposals the person asking is recused from are left out.
	 */
	public Ranking ranking(ChallengeId challenge) {
		access.requireLeadOrManager(challenge);
		var evaluation = loader.load(challenge);
		var person = access.person();
		var ranked = evaluation.ranking();
		var lines = ranked.stream()
			.filter(line -> !evaluation.isRecused(person, line.proposal()))
			.map(line -> new RankingLine(line, evaluation.bidder(line.proposal()).orElseThrow()))
			.toList();
		var pilots = evaluation.challenge().pilotsToAward();
		var mayDecide = access.membership(challenge)
			.flatMap(member -> evaluation.decider().filter(decider -> decider.id().equals(member.id())))
			.isPresent();
		return new Ranking(evaluation.challenge().id(), evaluation.challenge().criteria(),
				evaluation.challenge().minimumTotal(), evaluation.consensusComplete(), lines,
				evaluation.decision().orElse(null), pilots, Scoring.defaultWinners(ranked, pilots),
				ranked.size() - lines.size(), mayDecide);
	}

	private String name(Evaluation evaluation, PersonId person) {
		return evaluation.panel()
			.members()
			.stream()
			.filter(member -> person.equals(member.person()))
			.map(PanelMember::name)
			.findFirst()
			.orElseGet(() -> directory.person(person).map(p -> p.displayName()).orElse(person.toString()));
	}

	private static List<Score> inCriteriaOrder(Evaluation evaluation, List<Score> scores) {
		var order = evaluation.challenge().criteria().stream().map(c -> c.id()).toList();
		return scores.stream().sorted(Comparator.comparingInt(score -> order.indexOf(score.criterion()))).toList();
	}

}
