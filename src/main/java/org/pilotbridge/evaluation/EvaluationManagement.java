package org.pilotbridge.evaluation;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.pilotbridge.challenge.ChallengeId;
import org.pilotbridge.challenge.ChallengeSummary;
import org.pilotbridge.challenge.CriterionId;
import org.pilotbridge.challenge.CriterionType;
import org.pilotbridge.identity.CurrentPerson;
import org.pilotbridge.identity.OrganisationDirectory;
import org.pilotbridge.identity.OrganisationId;
import org.pilotbridge.proposal.ProposalId;
import org.pilotbridge.proposal.ProposalQuery;
import org.pilotbridge.shared.InvalidInput;
import org.pilotbridge.shared.UserText;

/**
 * What panel members do: declare their interests, then score. After the close each member
 * declares, once and for every bidding company, whether they have a conflict of interest;
 * a conflict recuses them from that company's proposal. Evaluators then score each
 * proposal they are not recused from on every qualitative criterion, with a justification
 * per score; drafts are kept, and submitting locks the scores for good.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class EvaluationManagement {

	private final EvaluationRecords records;

	private final EvaluationAccess access;

	private final ProposalQuery proposals;

	private final CurrentPerson current;

	private final OrganisationDirectory directory;

	private final EvaluationProperties properties;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	EvaluationManagement(EvaluationRecords records, EvaluationAccess access, ProposalQuery proposals,
			CurrentPerson current, OrganisationDirectory directory, EvaluationProperties properties,
			ApplicationEventPublisher events, Clock clock) {
		this.records = records;
		this.access = access;
		this.proposals = proposals;
		this.current = current;
		this.directory = directory;
		this.properties = properties;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * The proposals that counted at the close, with their companies, for the panel and
	 * the managers: listed from the proposal module the first time (an audited listing)
	 * and kept.
	 */
	public List<Bidder> bidders(ChallengeId challenge) {
		if (!access.isManager(challenge)) {
			access.requireMember(challenge);
		}
		access.requireEvaluating(challenge);
		var known = records.bidders(challenge);
		if (!known.isEmpty()) {
			return known;
		}
		var listed = proposals.submitted(challenge)
			.stream()
			.map(submission -> new Bidder(submission.id(), submission.company().id(), submission.company().name(),
					submission.price(), submission.latest().receivedAt(), submission.latest().submittedBy(),
					submission.latest().unverifiedCompany()))
			.toList();
		records.addBidders(challenge, listed);
		return records.bidders(challenge);
	}

	/**
	 * Declares, for every bidding company, a conflict of interest or none, each chosen
	 * explicitly; once.
	 * @throws InvalidInput when a company is left out or left undecided
	 * ({@code evaluation.declaration.missing}, at the field
	 * {@code declarations.<company>}), a conflict is not described, or the member has
	 * declared already
	 */
	public void declare(ChallengeId challenge, Map<OrganisationId, DeclarationInput> declarations) {
		access.holdPanel(challenge);
		var member = access.requireMember(challenge);
		access.requireEvaluating(challenge);
		var person = member.joinedPerson();
		if (!records.declarations(member).isEmpty()) {
			throw InvalidInput.of("declarations", "evaluation.declaration.already");
		}
		var bidders = bidders(challenge);
		var problems = new InvalidInput.Problems();
		var now = clock.instant();
		var recorded = new ArrayList<Declaration>();
		for (var bidder : bidders) {
			var input = declarations.get(bidder.company());
			var field = "declarations." + bidder.company();
			if (input == null || !input.isDecided()) {
				problems.add(field, "evaluation.declaration.missing", bidder.companyName());
				continue;
			}
			var description = input.conflict() ? UserText.clean(input.description()) : "";
			problems.require(!input.conflict() || !description.isEmpty(), field, "evaluation.declaration.describe");
			problems.require(description.length() <= Declaration.DESCRIPTION_MAX_LENGTH, field,
					"evaluation.declaration.too-long", Declaration.DESCRIPTION_MAX_LENGTH);
			recorded.add(new Declaration(challenge, person, member.id(), bidder.proposal(), bidder.company(),
					input.conflict(), description, now));
		}
		problems.throwIfAny();
		records.addDeclarations(recorded);
		var conflicts = recorded.stream().filter(Declaration::conflict).map(Declaration::company).toList();
		var details = new HashMap<String, String>();
		details.put("companies", String.valueOf(recorded.size()));
		details.put("conflicts", String.join(",", conflicts.stream().map(OrganisationId::toString).toList()));
		var name = directory.person(person).map(summary -> summary.displayName()).orElse(member.name());
		events.publishEvent(new InterestsDeclared(challenge, person, name, conflicts,
				current.auditRecord("evaluation.interests-declared", "challenge", challenge, details)));
	}

	/**
	 * Keeps the scores given so far for the proposal; points and justifications may be
	 * missing.
	 * @throws InvalidInput before the declaration, for a proposal the evaluator is
	 * recused from, once submitted, and for points off the scale
	 */
	public void saveDraft(ProposalId proposal, List<Score> scores) {
		var context = scoring(proposal, scores);
		records.saveScores(proposal, context.member().joinedPerson(), scores, clock.instant());
		events.publishEvent(new ScoresSaved(context.challenge().id(), proposal, context.member().joinedPerson(),
				current.auditRecord("evaluation.scores.saved", "proposal", proposal,
						Map.of("challenge", context.challenge().id().toString()))));
	}

	/**
	 * Saves the scores and submits them, which locks them: every qualitative criterion
	 * needs points and a justification of at least
	 * {@code pilotbridge.evaluation.justification-min-length} characters.
	 * @throws InvalidInput as {@link #saveDraft}, and when a score or a justification is
	 * missing or too short
	 */
	public void submit(ProposalId proposal, List<Score> scores) {
		var context = scoring(proposal, scores);
		var given = new HashMap<CriterionId, Score>();
		context.sheet().scores().forEach(score -> given.put(score.criterion(), score));
		scores.forEach(score -> given.put(score.criterion(), score));
		var problems = new InvalidInput.Problems();
		for (var criterion : context.challenge().criteria()) {
			if (criterion.type() != CriterionType.QUALITATIVE) {
				continue;
			}
			var score = given.get(criterion.id());
			var field = "scores." + criterion.id();
			problems.require(score != null && score.points() != null, field, "evaluation.score.missing",
					criterion.name());
			problems.require(score != null && score.justification().length() >= properties.justificationMinLength(),
					field, "evaluation.justification.too-short", criterion.name(), properties.justificationMinLength());
		}
		problems.throwIfAny();
		var now = clock.instant();
		var evaluator = context.member().joinedPerson();
		records.saveScores(proposal, evaluator, scores, now);
		records.submitSheet(proposal, evaluator, now);
		events.publishEvent(new ScoresSubmitted(context.challenge().id(), proposal, evaluator,
				current.auditRecord("evaluation.scores.submitted", "proposal", proposal,
						Map.of("challenge", context.challenge().id().toString()))));
	}

	private ScoringContext scoring(ProposalId proposal, List<Score> scores) {
		var challengeId = access.challengeOf(proposal);
		access.holdPanel(challengeId);
		var member = access.requireScorer(challengeId, proposal);
		var challenge = access.requireEvaluating(challengeId);
		var problems = new InvalidInput.Problems();
		for (var score : scores) {
			var field = "scores." + score.criterion();
			var criterion = challenge.criteria().stream().filter(c -> c.id().equals(score.criterion())).findFirst();
			if (criterion.isEmpty() || criterion.get().type() != CriterionType.QUALITATIVE) {
				problems.add(field, "evaluation.score.criterion");
				continue;
			}
			problems.require(
					score.points() == null
							|| (score.points() >= challenge.scale().min() && score.points() <= challenge.scale().max()),
					field, "evaluation.score.range", challenge.scale().min(), challenge.scale().max());
			problems.require(score.justification().length() <= Score.JUSTIFICATION_MAX_LENGTH, field,
					"evaluation.justification.too-long", Score.JUSTIFICATION_MAX_LENGTH);
		}
		problems.throwIfAny();
		var sheet = records.lockSheet(challengeId, proposal, member.joinedPerson(), clock.instant());
		if (sheet.isSubmitted()) {
			throw InvalidInput.of("scores", "evaluation.scores.submitted");
		}
		return new ScoringContext(challenge, member, sheet);
	}

	private record ScoringContext(ChallengeSummary challenge, PanelMember member, ScoreSheet sheet) {
	}

}
