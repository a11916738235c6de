package org.pilotbridge.evaluation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.pilotbridge.challenge.ChallengeId;
import org.pilotbridge.challenge.ChallengeState;
import org.pilotbridge.challenge.ChallengeSummary;
import org.pilotbridge.challenge.Criterion;
import org.pilotbridge.challenge.EvaluationScale;
import org.pilotbridge.identity.PersonId;
import org.pilotbridge.proposal.ProposalId;
import org.pilotbridge.proposal.SubmittedProposal;

/** The read models of {@link EvaluationQuery}. */
public final class EvaluationViews {

	private EvaluationViews() {
	}

	/**
	 * One panel the person sits on and what they have left to do there.
	 *
	 * @param toScore proposals the evaluator still has to submit scores for
	 * @param consensusPending for the chair: proposals with every score in and no
	 * consensus yet
	 */
	public record PanelTask(ChallengeId challenge, String reference, String title, ChallengeState state, PanelRole role,
			boolean declared, int proposals, int recused, int toScore, int consensusPending, boolean standIn,
			@Nullable DecisionKind decision, @Nullable ScoringDue scoringDue) {
	}

	/**
	 * When the panel's scoring is due: the last day, in the challenge's time zone, and
	 * the moment it ends.
	 */
	public record ScoringDue(LocalDate day, Instant endsAt) {

		static @Nullable ScoringDue of(ChallengeSummary challenge) {
			var day = challenge.scoringDueOn();
			return day == null ? null : new ScoringDue(day, challenge.scoringDueAt().orElseThrow());
		}

		public boolean hasPassed(Instant now) {
			return !now.isBefore(endsAt);
		}

	}

	/**
	 * The bidding companies the member declares about, and what they declared in their
	 * seat, if they have.
	 *
	 * @param recused the proposals the member is recused from: a conflict declared in
	 * this seat or in an earlier one
	 */
	public record DeclarationForm(ChallengeId challenge, String reference, String title, List<Bidder> bidders,
			List<Declaration> declarations, List<ProposalId> recused) {

		public boolean isDeclared() {
			return !declarations.isEmpty();
		}

	}

	/**
	 * A proposal beside the criteria it is scored on, with the evaluator's own scores.
	 */
	public record ScoringForm(ChallengeId challenge, ProposalId proposal, String companyName, List<Criterion> criteria,
			EvaluationScale scale, int justificationMinLength, List<Score> scores, boolean submitted,
			SubmittedProposal content, @Nullable ScoringDue scoringDue) {
	}

	/**
	 * One evaluator's score on a criterion, as the chair and (once done) the other
	 * evaluators see it.
	 */
	public record IndividualScore(PersonId evaluator, String evaluatorName, int points, String justification) {
	}

	/**
	 * The scores of a criterion side by side.
	 *
	 * @param mean the mean rounded to the scale, which prefills the consensus
	 * @param flagged whether the scores differ by the configured gap or more
	 */
	public record CriterionScores(Criterion criterion, List<IndividualScore> scores, int mean, int spread,
			boolean flagged, @Nullable ConsensusScore consensus) {
	}

	/** All scores of a proposal, per criterion. */
	public record ProposalScores(ChallengeId challenge, ProposalId proposal, String companyName, EvaluationScale scale,
			List<CriterionScores> criteria) {
	}

	/** Where one evaluator is with one proposal. */
	public enum SheetState {

		RECUSED, NOT_DECLARED, NOT_STARTED, DRAFT, SUBMITTED;

		public String messageKey() {
			return "evaluation.sheet-state." + name();
		}

	}

	public record MemberProgress(PanelMember member, @Nullable Instant declaredAt, List<String> conflicts) {
	}

	/**
	 * @param recordedByYou whether the person asking records its consensus (the chair, or
	 * the stand-in where the chair is recused)
	 */
	public record ProposalProgress(Bidder bidder, List<SheetState> states, boolean allScoresIn, int flaggedCriteria,
			boolean recordedByYou, boolean consensus) {
	}

	/**
	 * The chair's view: who has declared, who has scored what, where the spread is large.
	 *
	 * @param proposals in the order of {@code members}, one state per member
	 */
	public record Progress(ChallengeId challenge, String reference, String title, ChallengeState state, Panel panel,
			List<MemberProgress> members, List<ProposalProgress> proposals, @Nullable ScoringDue scoringDue) {
	}

	/** A line of the ranking. */
	public record RankingLine(RankedProposal ranked, Bidder bidder) {
	}

	/**
	 * The ranking from the recorded consensus, with the decision once taken.
	 *
	 * @param complete whether every proposal has its consensus
	 * @param pilotsToAward the most proposals an award may name
	 * @param proposedWinners what following the ranking awards: its best awardable
	 * proposals, one per pilot
	 * @param hiddenRecused how many lines are left out because the person asking is
	 * recused from them
	 * @param mayDecide whether the person asking proposes the decision
	 */
	public record Ranking(ChallengeId challenge, List<Criterion> criteria, @Nullable Integer minimumTotal,
			boolean complete, List<RankingLine> lines, @Nullable Decision decision, int pilotsToAward,
			List<ProposalId> proposedWinners, int hiddenRecused, boolean mayDecide) {

		public Ranking {
			lines = List.copyOf(lines);
			proposedWinners = List.copyOf(proposedWinners);
		}

	}

}
