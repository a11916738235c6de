package org.pilotbridge.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.pilotbridge.challenge.ChallengeSummary;
import org.pilotbridge.challenge.Criterion;
import org.pilotbridge.challenge.CriterionId;
import org.pilotbridge.challenge.CriterionType;
import org.pilotbridge.identity.PersonId;
import org.pilotbridge.proposal.ProposalId;

/**
 * Everything recorded about the evaluation of one challenge, read at once, with the rules
 * that derive from it: who must score which proposal, whether all scores are in, the
 * spread, the mean, and the ranking from the consensus. Members removed from the panel
 * are no longer awaited; their declarations stay on the record, and so do the scores of
 * members the system removed as bidders, which no longer count.
 */
record Evaluation(ChallengeSummary challenge, Panel panel, List<PanelRemoval> removals, List<Bidder> bidders,
		List<Declaration> declarations, List<ScoreSheet> sheets,
		Map<ProposalId, Map<CriterionId, ConsensusScore>> consensus, Optional<Decision> decision) {

	List<Criterion> qualitative() {
		return challenge.criteria().stream().filter(c -> c.type() == CriterionType.QUALITATIVE).toList();
	}

	Optional<Bidder> bidder(ProposalId proposal) {
		return bidders.stream().filter(b -> b.proposal().equals(proposal)).findFirst();
	}

	/** Whether the person has declared in the seat they hold on the panel now. */
	boolean hasDeclared(PersonId person) {
		return panel.members()
			.stream()
			.filter(member -> member.is(person))
			.anyMatch(member -> declarations.stream().anyMatch(d -> d.seat().equals(member.id())));
	}

	/**
	 * Whether the person ever declared a conflict with the proposal, in any seat: such a
	 * conflict is never lifted.
	 */
	boolean isRecused(@Nullable PersonId person, ProposalId proposal) {
		return declarations.stream()
			.anyMatch(d -> d.member().equals(person) && d.proposal().equals(proposal) && d.conflict());
	}

	/**
	 * The evaluators who have joined and are not recused from the proposal: whose scores
	 * it waits for.
	 */
	List<PanelMember> scorers(ProposalId proposal) {
		return panel.evaluators()
			.stream()
			.filter(PanelMember::hasJoined)
			.filter(member -> !isRecused(member.person(), proposal))
			.toList();
	}

	Optional<ScoreSheet> sheet(ProposalId proposal, PersonId person) {
		return sheets.stream().filter(s -> s.proposal().equals(proposal) && s.evaluator().equals(person)).findFirst();
	}

	/**
	 * The submitted sheets of the proposal that count: those of members still on the
	 * panel.
	 */
	List<ScoreSheet> submittedSheets(ProposalId proposal) {
		return sheets.stream()
			.filter(s -> s.proposal().equals(proposal) && s.isSubmitted() && isOnPanel(s.evaluator()))
			.toList();
	}

	/**
	 * The submitted sheets of the proposal that no longer count: those of members the
	 * system removed because they belong to a bidding company. They stay on the record.
	 */
	List<ScoreSheet> setAsideSheets(ProposalId proposal) {
		return sheets.stream()
			.filter(s -> s.proposal().equals(proposal) && s.isSubmitted() && !isOnPanel(s.evaluator()))
			.toList();
	}

	private boolean isOnPanel(PersonId person) {
		return panel.members().stream().anyMatch(member -> member.is(person));
	}

	/**
	 * Whether every evaluator not recused from the proposal has submitted their scores
	 * (at least one has).
	 */
	boolean allScoresIn(ProposalId proposal) {
		var scorers = scorers(proposal);
		return !scorers.isEmpty() && scorers.stream()
			.allMatch(member -> sheet(proposal, member.joinedPerson()).filter(ScoreSheet::isSubmitted).isPresent());
	}

	/**
	 * How many proposals the person has not submitted scores for, among those they are
	 * not recused from.
	 */
	int toScore(PersonId person) {
		return (int) bidders.stream()
			.filter(bidder -> !isRecused(person, bidder.proposal()))
			.filter(bidder -> sheet(bidder.proposal(), person).filter(ScoreSheet::isSubmitted).isEmpty())
			.count();
	}

	/**
	 * Whether the evaluator has submitted the scores of every proposal they are not
	 * recused from.
	 */
	boolean hasSubmittedAll(PersonId person) {
		return hasDeclared(person) && bidders.stream()
			.filter(bidder -> !isRecused(person, bidder.proposal()))
			.allMatch(bidder -> sheet(bidder.proposal(), person).filter(ScoreSheet::isSubmitted).isPresent());
	}

	/** The points given on the criterion in the submitted sheets of the proposal. */
	List<Integer> points(ProposalId proposal, CriterionId criterion) {
		var points = new ArrayList<Integer>();
		for (var sheet : submittedSheets(proposal)) {
			sheet.scores()
				.stream()
				.filter(score -> score.criterion().equals(criterion) && score.points() != null)
				.forEach(score -> points.add(score.points()));
		}
		return points;
	}

	int mean(ProposalId proposal, CriterionId criterion) {
		return Scoring.meanOnScale(points(proposal, criterion), challenge.scale());
	}

	boolean isFlagged(ProposalId proposal, CriterionId criterion, int gap) {
		return Scoring.spread(points(proposal, criterion)) >= gap;
	}

	boolean hasConsensus(ProposalId proposal) {
		var recorded = consensus.getOrDefault(proposal, Map.of());
		return qualitative().stream().allMatch(criterion -> recorded.containsKey(criterion.id()));
	}

	/** The chair, once they have joined. */
	Optional<PanelMember> chair() {
		return panel.chair().filter(PanelMember::hasJoined);
	}

	/**
	 * Whether the chair has declared a conflict with any bidder, in any seat: then they
	 * do not decide.
	 */
	boolean chairConflicted() {
		return chair()
			.filter(chair -> declarations.stream().anyMatch(d -> d.member().equals(chair.person()) && d.conflict()))
			.isPresent();
	}

	/**
	 * Who records the consensus on the proposal: the chair, unless recused from it; then
	 * the stand-in the managers designated, unless recused from it too; else nobody yet.
	 */
	Optional<PanelMember> consensusRecorder(ProposalId proposal) {
		var chair = chair();
		if (chair.isPresent() && !isRecused(chair.get().person(), proposal)) {
			return chair;
		}
		return panel.standIn().filter(PanelMember::hasJoined).filter(standIn -> !isRecused(standIn.person(), proposal));
	}

	/**
	 * Who proposes the decision: the chair, unless recused from any proposal; then the
	 * stand-in.
	 */
	Optional<PanelMember> decider() {
		if (chair().isPresent() && !chairConflicted()) {
			return chair();
		}
		return panel.standIn()
			.filter(PanelMember::hasJoined)
			.filter(standIn -> declarations.stream()
				.noneMatch(d -> d.member().equals(standIn.person()) && d.conflict()));
	}

	boolean consensusComplete() {
		return !bidders.isEmpty() && bidders.stream().allMatch(bidder -> hasConsensus(bidder.proposal()));
	}

	/** The ranking of the proposals whose consensus is recorded. */
	List<RankedProposal> ranking() {
		var candidates = bidders.stream()
			.filter(bidder -> hasConsensus(bidder.proposal()))
			.map(bidder -> new Scoring.Candidate(bidder.proposal(), bidder.price(), bidder.receivedAt(),
					Objects.requireNonNull(consensus.get(bidder.proposal()))
						.values()
						.stream()
						.collect(Collectors.toMap(ConsensusScore::criterion, ConsensusScore::points))))
			.toList();
		return Scoring.rank(challenge.criteria(), challenge.scale(), challenge.minimumTotal(), candidates);
	}

}
