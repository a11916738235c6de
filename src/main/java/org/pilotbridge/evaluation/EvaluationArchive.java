package org.pilotbridge.evaluation;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.pilotbridge.challenge.ChallengeId;
import org.pilotbridge.challenge.ChallengeState;
import org.pilotbridge.identity.OrganisationDirectory;
import org.pilotbridge.identity.PersonId;
import org.pilotbridge.proposal.ProposalId;
import org.pilotbridge.proposal.ProposalNotFound;
import org.pilotbridge.shared.Language;

/**
 * The record of a challenge's evaluation as it stands, for the procurement file: the
 * panel, every declaration of interest, every score sheet, the consensus, the decision,
 * the letters as the bidders received them and the report. Trusted: the module that
 * assembles the file decides who may have it.
 *
 * @see "Design decision: docs/decisions/DD030-20261207-procurement-file.md"
 */
@Service
@Transactional(readOnly = true)
public class EvaluationArchive {

	private final EvaluationLoader loader;

	private final DocumentRenderer renderer;

	private final OrganisationDirectory directory;

	private final EvaluationRecords records;

	private final DecisionRequests requests;

	EvaluationArchive(EvaluationLoader loader, DocumentRenderer renderer, OrganisationDirectory directory,
			EvaluationRecords records, DecisionRequests requests) {
		this.records = records;
		this.requests = requests;
		this.loader = loader;
		this.renderer = renderer;
		this.directory = directory;
	}

	/**
	 * The display name of a person the record names (an authorising officer, say), for
	 * those reading it.
	 */
	public String nameOf(PersonId person) {
		return name(person);
	}

	/** Everything recorded about the evaluation; empty lists before it started. */
	public EvaluationRecord record(ChallengeId challenge) {
		var evaluation = loader.load(challenge);
		var sheets = evaluation.sheets()
			.stream()
			.map(sheet -> new SheetRecord(sheet.proposal(), sheet.evaluator(), name(sheet.evaluator()), sheet.scores(),
					sheet.updatedAt(), sheet.submittedAt(),
					evaluation.submittedSheets(sheet.proposal()).contains(sheet)))
			.toList();
		var consensus = evaluation.consensus()
			.entrySet()
			.stream()
			.map(entry -> new ConsensusRecord(entry.getKey(), List.copyOf(entry.getValue().values())))
			.toList();
		return new EvaluationRecord(evaluation.panel().members(), evaluation.removals(), evaluation.bidders(),
				evaluation.declarations(), sheets, consensus, evaluation.decision(),
				records.returnedDecisions(challenge), requests.reviews(challenge), requests.debriefings(challenge));
	}

	/**
	 * The evaluation report as it stands, in that language, once the evaluation has
	 * started.
	 */
	public Optional<EvaluationDocument> report(ChallengeId challenge, Language language) {
		var evaluation = loader.load(challenge);
		var state = evaluation.challenge().state();
		if (state != ChallengeState.UNDER_EVALUATION && state != ChallengeState.AWARDED
				&& state != ChallengeState.NO_AWARD) {
			return Optional.empty();
		}
		return Optional.of(renderer.report(evaluation, language));
	}

	/**
	 * The letter about the proposal, in the language of the person it was sent to, once
	 * decided.
	 * @throws ProposalNotFound when the proposal was not evaluated or nothing is decided
	 * yet
	 */
	public EvaluationDocument letter(ChallengeId challenge, ProposalId proposal) {
		var evaluation = loader.load(challenge);
		var bidder = evaluation.bidder(proposal).orElseThrow(() -> new ProposalNotFound(proposal));
		if (evaluation.decision().isEmpty()) {
			throw new ProposalNotFound(proposal);
		}
		var language = directory.person(bidder.submittedBy()).map(person -> person.language()).orElse(Language.ENGLISH);
		return renderer.letter(evaluation, bidder, language);
	}

	private String name(PersonId person) {
		return directory.person(person).map(p -> p.displayName()).orElse("");
	}

	/**
	 * Everything recorded about an evaluation.
	 *
	 * @param panel the members now on the panel, chair included, whether or not they
	 * joined
	 * @param removals the members removed, with why
	 * @param bidders the proposals evaluated
	 * @param declarations every declaration, in every seat, the earlier ones of
	 * re-invited members included
	 * @param sheets every score sheet, drafts included
	 * @param consensus the panel's scores per proposal
	 * @param decision the decision proposed, approved or in force, with who approved it
	 * @param returned the decisions an authorising officer sent back, with why
	 * @param reviews the bidders' requests for review and the answers
	 * @param debriefings the bidders' requests for a debriefing and the answers
	 */
	public record EvaluationRecord(List<PanelMember> panel, List<PanelRemoval> removals, List<Bidder> bidders,
			List<Declaration> declarations, List<SheetRecord> sheets, List<ConsensusRecord> consensus,
			Optional<Decision> decision, List<ReturnedDecision> returned, List<ReviewRequest> reviews,
			List<Debriefing> debriefings) {
	}

	/**
	 * One evaluator's scores for one proposal.
	 *
	 * @param submittedAt {@code null} for a draft
	 * @param counts whether the sheet counts: submitted by a member still on the panel
	 */
	public record SheetRecord(ProposalId proposal, PersonId evaluator, String evaluatorName, List<Score> scores,
			Instant updatedAt, @Nullable Instant submittedAt, boolean counts) {
	}

	/** The panel's scores on a proposal, one per qualitative criterion. */
	public record ConsensusRecord(ProposalId proposal, List<ConsensusScore> scores) {
	}

}
