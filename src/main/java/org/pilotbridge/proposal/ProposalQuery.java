package org.pilotbridge.proposal;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.pilotbridge.challenge.ChallengeDirectory;
import org.pilotbridge.challenge.ChallengeId;
import org.pilotbridge.challenge.ChallengeSummary;
import org.pilotbridge.identity.CurrentPerson;
import org.pilotbridge.identity.OrganisationDirectory;
import org.pilotbridge.identity.OrganisationQuery;
import org.pilotbridge.identity.PlatformSettings;
import org.pilotbridge.document.SafeFileName;
import org.pilotbridge.proposal.ProposalAccess.Reader;
import org.pilotbridge.proposal.spi.OutcomeLetters;
import org.pilotbridge.shared.Language;
import org.pilotbridge.shared.Money;

/**
 * What people read of proposals. The bidding company's members read everything of their
 * own proposal at any time: the working copy, every version, every file, every receipt.
 * Before the challenge has closed nobody else reads anything, not the agency, not a
 * platform administrator: to them the proposal is {@link ProposalNotFound}, and the
 * agency sees only the number of proposals
 * ({@link org.pilotbridge.challenge.ChallengeSubmissions#submittedCount}). Once it has
 * closed, its challenge managers and the readers admitted by
 * {@link org.pilotbridge.proposal.spi.ProposalReaders} beans read the latest version of
 * each proposal still submitted, its files and its receipt; each such read is written to
 * the audit trail before the content is handed out. Every read closes the challenge first
 * if its deadline has passed.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class ProposalQuery {

	private final Proposals proposals;

	private final ProposalAttachments attachments;

	private final ProposalVersions versions;

	private final ProposalValidation validation;

	private final ProposalAccess access;

	private final ReceiptRenderer receipts;

	private final ChallengeDirectory challenges;

	private final OrganisationDirectory directory;

	private final OrganisationQuery organisations;

	private final PlatformSettings settings;

	private final CurrentPerson current;

	private final ObjectProvider<OutcomeLetters> letters;

	private final Clock clock;

	ProposalQuery(Proposals proposals, ProposalAttachments attachments, ProposalVersions versions,
			ProposalValidation validation, ProposalAccess access, ReceiptRenderer receipts,
			ChallengeDirectory challenges, OrganisationDirectory directory, OrganisationQuery organisations,
			PlatformSettings settings, CurrentPerson current, ObjectProvider<OutcomeLetters> letters, Clock clock) {
		this.proposals = proposals;
		this.attachments = attachments;
		this.versions = versions;
		this.validation = validation;
		this.access = access;
		this.receipts = receipts;
		this.challenges = challenges;
		this.directory = directory;
		this.organisations = organisations;
		this.settings = settings;
		this.current = current;
		this.letters = letters;
		this.clock = clock;
	}

	/**
	 * The proposal of the company the current person acts for, if it has one for the
	 * challenge.
	 */
	public Optional<ProposalId> mine(ChallengeId challenge) {
		var member = access.requireCompanyMember();
		return proposals.findByChallengeAndCompany(challenge.id(), member.company().id()).map(Proposal::id);
	}

	/**
	 * The working copy with everything its form needs; for the company's members only.
	 * @throws ProposalNotFound for anyone else
	 */
	public EditableProposal editable(ProposalId id) {
		var proposal = load(id);
		access.requireMember(proposal);
		var challenge = challenge(proposal);
		var files = attachments.inDraft(id);
		var content = ProposalManagement.onlyCurrentCriteria(proposal.content(), challenge);
		var details = organisations.details(proposal.company());
		var summary = details.summary();
		var company = new CompanyData(proposal.company(), summary.name(),
				summary.enterpriseNumber() == null ? null : summary.enterpriseNumber().formatted(), details.street(),
				details.postalCode(), summary.city(), summary.country(), summary.verificationState());
		var agencyName = directory.organisation(challenge.agency()).map(agency -> agency.name()).orElse("");
		var changed = proposal.latestVersion() > 0 && !versions.find(id, proposal.latestVersion())
			.orElseThrow()
			.contentDigest()
			.equals(Snapshot.contentDigest(content, ProposalValidation.qualitative(challenge), files));
		return new EditableProposal(id, proposal.version(), proposal.state(), facts(challenge, agencyName), company,
				content, files, versions.of(id), changed, !challenge.isOpenAt(clock.instant()),
				checklist(proposal, challenge, files, summary.verificationState()), proposal.outcome().orElse(null));
	}

	/**
	 * What is still missing before the proposal can be submitted; for the company's
	 * members only.
	 * @throws ProposalNotFound for anyone else
	 */
	public Checklist checklist(ProposalId id) {
		var proposal = load(id);
		access.requireMember(proposal);
		var state = directory.organisation(proposal.company())
			.map(company -> company.verificationState())
			.orElseThrow(() -> new ProposalNotFound(id));
		return checklist(proposal, challenge(proposal), attachments.inDraft(id), state);
	}

	/**
	 * A submitted version as it was received. Members read any version; after the close,
	 * challenge managers and admitted readers read the latest version of a proposal still
	 * submitted, and the read is audited ({@code proposal.read}).
	 * @throws ProposalNotFound when there is no such version or the person may not read
	 * it
	 */
	public SubmittedProposal version(ProposalId id, int number) {
		var proposal = load(id);
		var reader = access.requireReader(proposal);
		var stored = readableVersion(proposal, reader, number);
		if (reader == Reader.OFFICIAL) {
			access.auditRead("proposal.read", proposal, Map.of("version", String.valueOf(number)));
		}
		var frozen = Snapshot.read(stored.canonicalForm());
		return new SubmittedProposal(id, proposal.challenge(), frozen.challengeReference(), frozen.challengeTitle(),
				frozen.company(), frozen.submitterName(), stored.summary(), frozen.content(),
				attachments.ofVersion(id, number));
	}

	/**
	 * The latest submitted version, the one that counts; see {@link #version}.
	 * @throws ProposalNotFound when it was never submitted or the person may not read it
	 */
	public SubmittedProposal latest(ProposalId id) {
		var proposal = load(id);
		if (proposal.latestVersion() == 0) {
			throw new ProposalNotFound(id);
		}
		return version(id, proposal.latestVersion());
	}

	/**
	 * The proposals that count for a closed challenge (submitted, not withdrawn), with
	 * their latest version, for its challenge managers and admitted readers. The listing
	 * is audited ({@code proposal.listed}).
	 * @throws AccessDeniedException before the close, and for anyone else
	 */
	public List<Submission> submitted(ChallengeId challenge) {
		var person = current.required();
		if (!access.mayReadSubmissions(person, challenge)) {
			throw new AccessDeniedException("Proposals are sealed until the deadline and open only to the evaluators");
		}
		var list = proposals.findSubmitted(challenge.id()).stream().map(proposal -> {
			var latest = versions.find(proposal.id(), proposal.latestVersion()).orElseThrow();
			var frozen = Snapshot.read(latest.canonicalForm());
			return new Submission(proposal.id(), frozen.company(), latest.summary(), proposal.outcome().orElse(null),
					frozen.content().price());
		}).toList();
		access.auditListing(challenge, list.size());
		return list;
	}

	/**
	 * A file to download. Members download any file of their proposal; after the close,
	 * challenge managers and admitted readers download the files of the latest version,
	 * audited ({@code proposal.attachment.downloaded}).
	 * @throws ProposalNotFound when there is no such file or the person may not read it
	 */
	public PdfDownload attachment(ProposalId id, ProposalAttachmentId attachment) {
		var proposal = load(id);
		var reader = access.requireReader(proposal);
		if (reader == Reader.OFFICIAL && !attachments.isInVersion(id, proposal.latestVersion(), attachment)) {
			throw new ProposalNotFound(attachment);
		}
		var file = attachments.find(id, attachment).orElseThrow(() -> new ProposalNotFound(attachment));
		if (reader == Reader.OFFICIAL) {
			access.auditRead("proposal.attachment.downloaded", proposal, Map.of("attachment", attachment.toString(),
					"version", String.valueOf(proposal.latestVersion()), "sha256", file.sha256()));
		}
		return new PdfDownload(file.downloadName(),
				attachments.content(id, attachment).orElseThrow(() -> new ProposalNotFound(attachment)));
	}

	/**
	 * The PDF/A-3b receipt of a submitted version, rendered the first time it is asked
	 * for and kept. Members download the receipt of any version at any time; after the
	 * close, challenge managers and admitted readers that of the latest version, audited
	 * ({@code proposal.receipt.downloaded}).
	 * @throws ProposalNotFound when there is no such version or the person may not read
	 * it
	 */
	@Transactional
	public Receipt receipt(ProposalId id, int number) {
		var proposal = load(id);
		var reader = access.requireReader(proposal);
		var stored = readableVersion(proposal, reader, number);
		var frozen = Snapshot.read(stored.canonicalForm());
		var pdf = versions.receipt(id, number).orElseGet(() -> {
			versions.storeReceipt(id, number, receipts.render(stored, frozen, attachments.ofVersion(id, number)),
					clock.instant());
			return versions.receipt(id, number).orElseThrow();
		});
		if (reader == Reader.OFFICIAL) {
			access.auditRead("proposal.receipt.downloaded", proposal, Map.of("version", String.valueOf(number)));
		}
		return new Receipt(id, number, frozen.challengeReference(), frozen.challengeTitle(), stored.receivedAt(),
				frozen.timeZone(), stored.digest(), stored.language(),
				ReceiptRenderer.fileName(frozen.challengeReference(), number), pdf);
	}

	/**
	 * The letter telling the company what became of its proposal, in the reader's
	 * language, once the outcome is final; for the company's members only. Taking it is
	 * audited ({@code proposal.outcome-letter.downloaded}). Anyone else, and anyone
	 * before the outcome, gets the same answer as for a proposal that does not exist, and
	 * nothing is recorded.
	 * @throws ProposalNotFound for anyone else, before the outcome, or when no module has
	 * a letter
	 */
	public PdfDownload outcomeLetter(ProposalId id) {
		var proposal = load(id);
		var person = access.requireMember(proposal);
		var outcome = proposal.outcome().orElseThrow(() -> new ProposalNotFound(id));
		var language = directory.person(person).map(p -> p.language()).orElse(Language.ENGLISH);
		var letter = letters.orderedStream()
			.flatMap(provider -> provider.letter(id, language).stream())
			.findFirst()
			.orElseThrow(() -> new ProposalNotFound(id));
		access.auditLetterTaken(proposal, outcome);
		return new PdfDownload(SafeFileName.ofPdf(letter.fileName()), letter.pdf());
	}

	private ProposalVersions.StoredVersion readableVersion(Proposal proposal, Reader reader, int number) {
		if (reader == Reader.OFFICIAL && number != proposal.latestVersion()) {
			throw new ProposalNotFound(proposal.id());
		}
		return versions.find(proposal.id(), number).orElseThrow(() -> new ProposalNotFound(proposal.id()));
	}

	private Checklist checklist(Proposal proposal, ChallengeSummary challenge, List<ProposalAttachment> files,
			org.pilotbridge.identity.VerificationState company) {
		var content = ProposalManagement.onlyCurrentCriteria(proposal.content(), challenge);
		return Checklist.of(validation.missingForSubmission(content, challenge, files, company,
				settings.allowUnverifiedCompanies()));
	}

	private ChallengeSummary challenge(Proposal proposal) {
		return challenges.challenge(proposal.challenge()).orElseThrow(() -> new ProposalNotFound(proposal.id()));
	}

	static ProposalChallenge facts(ChallengeSummary challenge, String agencyName) {
		return new ProposalChallenge(challenge.id(), Objects.requireNonNullElse(challenge.reference(), ""),
				challenge.title(), agencyName, challenge.state(), Objects.requireNonNull(challenge.proposalsDeadline()),
				challenge.timeZone(), challenge.budgetCap(), challenge.pilotDurationWeeks(), challenge.criteria());
	}

	private Proposal load(ProposalId id) {
		return proposals.findById(id.id()).orElseThrow(() -> new ProposalNotFound(id));
	}

	/**
	 * A proposal that counts for a closed challenge.
	 *
	 * @param company as it was when the latest version was received
	 * @param outcome once the evaluation has recorded it
	 * @param price the price of the latest version, excluding VAT
	 */
	public record Submission(ProposalId id, CompanyData company, SubmittedVersion latest,
			@Nullable ProposalOutcome outcome, @Nullable Money price) {
	}

}
