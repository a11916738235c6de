package org.pilotbridge.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.pilotbridge.challenge.ChallengeId;
import org.pilotbridge.identity.CurrentPerson;
import org.pilotbridge.identity.OrganisationDirectory;
import org.pilotbridge.identity.PersonId;
import org.pilotbridge.proposal.ProposalId;
import org.pilotbridge.proposal.ProposalNotFound;
import org.pilotbridge.shared.Language;

/**
 * The letters to the bidders and the evaluation report, once the decision is taken, as
 * PDF/A-3b in the reader's language. {@link #letter(ProposalId)} and
 * {@link #report(ChallengeId)} are the downloads, checked per object: a letter for the
 * members of the bidding company, the report for the chair and the challenge's managers.
 * The methods that take a language are for the notification module, which mails them;
 * they check no rights.
 */
@Service
@Transactional(readOnly = true)
public class EvaluationLetters {

	private final EvaluationLoader loader;

	private final EvaluationRecords records;

	private final EvaluationAccess access;

	private final DocumentRenderer renderer;

	private final CurrentPerson current;

	private final OrganisationDirectory directory;

	EvaluationLetters(EvaluationLoader loader, EvaluationRecords records, EvaluationAccess access,
			DocumentRenderer renderer, CurrentPerson current, OrganisationDirectory directory) {
		this.loader = loader;
		this.records = records;
		this.access = access;
		this.renderer = renderer;
		this.current = current;
		this.directory = directory;
	}

	/**
	 * The letter to the company about its proposal, in the reader's language.
	 * @throws ProposalNotFound unless a member of the bidding company asks, once the
	 * decision may be told (approved, where the agency wants it)
	 */
	public EvaluationDocument letter(ProposalId proposal) {
		var person = current.required();
		var challenge = records.challengeOf(proposal).orElseThrow(() -> new ProposalNotFound(proposal));
		var evaluation = loader.load(challenge);
		var bidder = evaluation.bidder(proposal).orElseThrow();
		// A decision awaiting approval is told to nobody: it may still be sent back.
		if (evaluation.decision().filter(decision -> !decision.awaitsApproval()).isEmpty()
				|| !directory.isMember(person, bidder.company())) {
			throw new ProposalNotFound(proposal);
		}
		return renderer.letter(evaluation, bidder, language(person));
	}

	/**
	 * The evaluation report, in the reader's language, for the chair and the challenge's
	 * managers.
	 */
	public EvaluationDocument report(ChallengeId challenge) {
		access.requireChairOrManager(challenge);
		return renderer.report(loader.load(challenge), language(current.required()));
	}

	/**
	 * Whom the letters go to: the person who submitted each proposal, once the decision
	 * may be told (approved, where the agency wants it).
	 */
	public List<Recipient> letterRecipients(ChallengeId challenge) {
		if (records.decision(challenge).filter(decision -> !decision.awaitsApproval()).isEmpty()) {
			return List.of();
		}
		return records.bidders(challenge)
			.stream()
			.map(bidder -> new Recipient(bidder.submittedBy(), bidder.proposal()))
			.toList();
	}

	/** Whom the report goes to: the chair and the challenge's managers. */
	public List<PersonId> reportRecipients(ChallengeId challenge) {
		var recipients = new ArrayList<PersonId>();
		loader.load(challenge)
			.panel()
			.chair()
			.filter(PanelMember::hasJoined)
			.ifPresent(chair -> recipients.add(chair.person()));
		for (var manager : managers(challenge)) {
			if (!recipients.contains(manager)) {
				recipients.add(manager);
			}
		}
		return recipients;
	}

	/**
	 * The letter to mail to the bidder; empty when there is no decision that may be told,
	 * as when the managers withdrew it while the letters were being sent.
	 */
	public Optional<EvaluationDocument> letter(ProposalId proposal, Language language) {
		var challenge = records.challengeOf(proposal).orElseThrow(() -> new ProposalNotFound(proposal));
		var evaluation = loader.load(challenge);
		return told(evaluation).map(told -> renderer.letter(told, evaluation.bidder(proposal).orElseThrow(), language));
	}

	/** The report to mail; empty as {@link #letter(ProposalId, Language)}. */
	public Optional<EvaluationDocument> report(ChallengeId challenge, Language language) {
		return told(loader.load(challenge)).map(told -> renderer.report(told, language));
	}

	private static Optional<Evaluation> told(Evaluation evaluation) {
		return evaluation.decision().filter(decision -> !decision.awaitsApproval()).map(decision -> evaluation);
	}

	private List<PersonId> managers(ChallengeId challenge) {
		return access.managers(challenge);
	}

	private Language language(PersonId person) {
		return directory.person(person).map(p -> p.language()).orElse(Language.ENGLISH);
	}

	/** A bidder's letter and the person it goes to. */
	public record Recipient(PersonId person, ProposalId proposal) {
	}

}
