package org.pilotbridge.proposal;

import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.relational.core.conversion.DbActionExecutionException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import org.pilotbridge.challenge.ChallengeDirectory;
import org.pilotbridge.challenge.ChallengeId;
import org.pilotbridge.challenge.ChallengeNotFound;
import org.pilotbridge.challenge.ChallengeSubmissions;
import org.pilotbridge.challenge.ChallengeSummary;
import org.pilotbridge.challenge.CriterionId;
import org.pilotbridge.challenge.ProposalDeadlinePassed;
import org.pilotbridge.challenge.SubmissionTimedOut;
import org.pilotbridge.document.PdfInspection;
import org.pilotbridge.document.PdfInspector;
import org.pilotbridge.document.PdfLimits;
import org.pilotbridge.identity.CurrentPerson;
import org.pilotbridge.identity.OrganisationDirectory;
import org.pilotbridge.identity.OrganisationQuery;
import org.pilotbridge.identity.PersonId;
import org.pilotbridge.identity.PlatformSettings;
import org.pilotbridge.identity.VerificationState;
import org.pilotbridge.shared.InvalidInput;

/**
 * What the members of a company do with their proposal: start it, save the working copy
 * as they type, attach PDFs, submit it (each submission a new, immutable version with its
 * time of receipt, digest and receipt), and withdraw it, all until the challenge's
 * deadline. Nobody else can do any of this; to them the proposal does not exist.
 * <p>
 * Every change follows the same order: the proposal is read and the person's membership
 * checked; then {@link ChallengeSubmissions#lockForSubmission} takes the challenge's row
 * lock and refuses the change unless it was received before the deadline (its time of
 * receipt is when the request carrying it reached the server, see
 * {@link org.pilotbridge.shared.RequestReceipt}, never a time a caller passes in);
 * everything else is read again and decided under that lock; and the transaction must
 * commit within the submission timeout of the receipt. A change received before the
 * deadline is therefore kept even if the platform, busy at the deadline, commits it
 * later; it never interleaves with the challenge's close, which opens the proposals only
 * after the opening delay. A change received at or after the deadline is refused with
 * {@link ProposalDeadlinePassed}, one that could not be recorded in time with
 * {@link SubmissionTimedOut}; neither changes anything.
 * <p>
 * The methods are not {@code @Transactional}: each runs in a transaction of its own
 * started by {@link WritePermits} once it has a permit, so that no change waits for a
 * permit while holding a database connection; {@link #attach} checks the file before it
 * even asks for one.
 *
 * @see "Design decision: docs/decisions/DD006-20261125-proposal-sealing-and-receipts.md"
 * @see "Design decision: docs/decisions/DD005-20261125-challenge-deadline-serialization.md"
 * @see "Design decision: docs/decisions/DD020-20261207-time-of-receipt.md"
 */
@Service
@PreAuthorize("isAuthenticated()")
public class ProposalManagement {

	private static final PdfLimits ATTACHMENT_LIMITS = new PdfLimits(Proposal.ATTACHMENT_MAX_BYTES,
			Proposal.ATTACHMENT_MAX_PAGES, PdfLimits.DEFAULT.maxParseTime());

	private static final Pattern UNPRINTABLE = Pattern.compile("[\\p{Cc}\\p{Cf}\\p{Co}]");

	private final Proposals proposals;

	private final ProposalAttachments attachments;

	private final ProposalVersions versions;

	private final ProposalValidation validation;

	private final ProposalAccess access;

	private final WritePermits permits;

	private final ChallengeDirectory challenges;

	private final ChallengeSubmissions submissions;

	private final OrganisationDirectory directory;

	private final OrganisationQuery organisations;

	private final PlatformSettings settings;

	private final CurrentPerson current;

	private final PdfInspector pdfs;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ProposalManagement(Proposals proposals, ProposalAttachments attachments, ProposalVersions versions,
			ProposalValidation validation, ProposalAccess access, WritePermits permits, ChallengeDirectory challenges,
			ChallengeSubmissions submissions, OrganisationDirectory directory, OrganisationQuery organisations,
			PlatformSettings settings, CurrentPerson current, PdfInspector pdfs, ApplicationEventPublisher events,
			Clock clock) {
		this.proposals = proposals;
		this.attachments = attachments;
		this.versions = versions;
		this.validation = validation;
		this.access = access;
		this.permits = permits;
		this.challenges = challenges;
		this.submissions = submissions;
		this.directory = directory;
		this.organisations = organisations;
		this.settings = settings;
		this.current = current;
		this.pdfs = pdfs;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Starts the proposal of the company the current person acts for (their active
	 * organisation if it is a company, else their first company) for an open challenge.
	 * @throws InvalidInput ({@code proposal.already-exists}) when the company has one
	 * already
	 * @throws ProposalDeadlinePassed when the challenge is not open
	 * @throws ChallengeNotFound when there is no such public challenge
	 * @throws AccessDeniedException when the person belongs to no company
	 */
	public ProposalId start(ChallengeId challenge) {
		var member = access.requireCompanyMember();
		return permits.inTransaction(() -> {
			challenges.challenge(challenge)
				.filter(found -> found.state().isPublic())
				.orElseThrow(() -> new ChallengeNotFound(challenge));
			var received = submissions.lockForSubmission(challenge);
			if (proposals.findByChallengeAndCompany(challenge.id(), member.company().id()).isPresent()) {
				throw alreadyExists();
			}
			var proposal = Proposal.start(challenge, member.company(), member.person(), received.receivedAt());
			try {
				proposal = proposals.save(proposal);
			}
			catch (DuplicateKeyException | DbActionExecutionException duplicate) {
				throw alreadyExists();
			}
			events.publishEvent(new ProposalStarted(proposal.id(), challenge, member.company(), current.auditRecord(
					"proposal.started", "proposal", proposal.id(), Map.of("challenge", challenge.toString()))));
			return proposal.id();
		});
	}

	/**
	 * Saves the working copy as it is, complete or not, for a form that saves as the
	 * person types. Only lengths, ranges and the currency are checked; answers to
	 * criteria the challenge no longer has are dropped. Submitted versions never change.
	 * @param version the version the working copy was read or last saved at
	 * @return the new version and what is still missing
	 * @throws OptimisticLockingFailureException when someone saved the working copy since
	 * @throws InvalidInput when a text is too long or a value out of range
	 * @throws ProposalDeadlinePassed when the deadline has passed
	 * @throws ProposalNotFound when there is no such proposal or the person is not a
	 * member of its company
	 */
	public DraftSaved saveDraft(ProposalId id, int version, ProposalContent content) {
		return permits.inTransaction(() -> {
			var locked = lockForChange(id);
			var proposal = locked.proposal();
			if (proposal.version() != version) {
				throw new OptimisticLockingFailureException(
						"Proposal " + id + " is at version " + proposal.version() + ", not " + version);
			}
			var kept = onlyCurrentCriteria(content, locked.challenge());
			var budget = locked.challenge().budgetCap();
			validation.checkFormat(kept, budget == null ? null : budget.currency());
			proposal.describe(kept, locked.receivedAt());
			var saved = proposals.save(proposal);
			var draftFiles = attachments.inDraft(id);
			var checklist = Checklist.of(validation.missingForSubmission(saved.content(), locked.challenge(),
					draftFiles, companyState(saved), settings.allowUnverifiedCompanies()));
			return new DraftSaved(saved.version(), checklist,
					changedSinceSubmission(saved, locked.challenge(), draftFiles));
		});
	}

	/**
	 * Attaches a PDF to the working copy: at most {@value Proposal#MAX_ATTACHMENTS} files
	 * of at most 10 MB and 50 pages each, 20 MB together. The file is checked with
	 * {@link PdfInspector} (read up to the size limit, parsed in bounded time and memory;
	 * encrypted files and files with JavaScript, launch actions or embedded files are
	 * refused) before the proposal is locked. The name is kept as uploaded and served as
	 * a {@link org.pilotbridge.document.SafeFileName}.
	 * <p>
	 * The file is written to the database first, outside the working copy and without the
	 * challenge's lock, then joins the working copy in a short change under the lock (or
	 * is removed if that change is refused), so that writing megabytes never holds up the
	 * other changes of the challenge at its deadline. The file is received once its last
	 * byte has arrived: an upload that ends at or after the deadline is refused, even if
	 * it started before.
	 * @throws InvalidInput ({@code attachments}) saying why the file is refused
	 * @throws ProposalDeadlinePassed when the deadline has passed
	 * @throws ProposalNotFound when there is no such proposal or the person is not a
	 * member of its company
	 */
	public ProposalAttachment attach(ProposalId id, String fileName, InputStream content) {
		var before = load(id);
		var person = access.requireMember(before);
		var challenge = challenges.challenge(before.challenge()).orElseThrow(() -> new ProposalNotFound(id));
		if (!challenge.isOpenAt(clock.instant())) {
			throw new ProposalDeadlinePassed(challenge.id());
		}
		refuseMoreFiles(attachments.inDraft(id), 0);
		var pdf = switch (pdfs.inspect(content, ATTACHMENT_LIMITS)) {
			case PdfInspection.Accepted accepted -> accepted;
			case PdfInspection.Rejected rejected ->
				throw InvalidInput.of("attachments", rejected.messageKey(), rejected.arguments().toArray());
		};
		var name = keptFileName(fileName);
		var attachment = permits.inUploadTransaction(() -> attachments.stage(id, name, pdf, person, now()));
		try {
			return permits.inTransaction(() -> {
				var locked = lockForChange(id);
				refuseMoreFiles(attachments.inDraft(id), pdf.size());
				attachments.addToDraft(id, attachment, locked.receivedAt());
				events.publishEvent(new ProposalAttachmentAdded(id, attachment, pdf.sha256(),
						current.auditRecord("proposal.attachment.added", "proposal", id, Map.of("attachment",
								attachment.toString(), "sha256", pdf.sha256(), "size", String.valueOf(pdf.size())))));
				return attachments.find(id, attachment).orElseThrow();
			});
		}
		catch (RuntimeException refused) {
			permits.inUploadTransaction(() -> {
				attachments.discardStaged(id, attachment);
				return null;
			});
			throw refused;
		}
	}

	/**
	 * Takes a file out of the working copy. Versions submitted with it keep it.
	 * @throws InvalidInput ({@code proposal.attachments.gone}) when the working copy has
	 * no such file
	 * @throws ProposalDeadlinePassed when the deadline has passed
	 * @throws ProposalNotFound when there is no such proposal or the person is not a
	 * member of its company
	 */
	public void detach(ProposalId id, ProposalAttachmentId attachment) {
		permits.inTransaction(() -> {
			lockForChange(id);
			if (!attachments.isInDraft(id, attachment)) {
				throw InvalidInput.of("attachments", "proposal.attachments.gone");
			}
			attachments.removeFromDraft(id, attachment);
			events.publishEvent(new ProposalAttachmentRemoved(id, attachment, current.auditRecord(
					"proposal.attachment.removed", "proposal", id, Map.of("attachment", attachment.toString()))));
		});
	}

	/**
	 * Submits the working copy as a new version: every rule is checked and every problem
	 * reported at once; then the version is stored, with its time of receipt (when the
	 * request carrying the submission reached the server, or the clock's time outside a
	 * request), a snapshot of the content, the company and the attached files and the
	 * SHA-256 of its canonical form. All versions are kept; the latest counts. The
	 * receipt and its e-mail follow ({@link ProposalSubmitted}).
	 * <p>
	 * A company waiting for verification may submit when the platform allows it
	 * ({@link PlatformSettings#allowUnverifiedCompanies()}); the version is then flagged
	 * for the evaluators.
	 * @throws InvalidInput listing every problem, one per field (see {@link #saveDraft}
	 * and the checklist)
	 * @throws ProposalDeadlinePassed when the submission was received at or after the
	 * deadline
	 * @throws SubmissionTimedOut when it was received in time but could not be recorded
	 * within the submission timeout of its receipt
	 * @throws ProposalNotFound when there is no such proposal or the person is not a
	 * member of its company
	 */
	public SubmittedVersion submit(ProposalId id) {
		return permits.inTransaction(() -> {
			var locked = lockForChange(id);
			var proposal = locked.proposal();
			var challenge = locked.challenge();
			var company = organisations.details(proposal.company());
			var state = company.summary().verificationState();
			var unverifiedAllowed = settings.allowUnverifiedCompanies();
			var content = onlyCurrentCriteria(proposal.content(), challenge);
			var files = attachments.inDraft(id);
			var problems = validation.missingForSubmission(content, challenge, files, state, unverifiedAllowed);
			if (!problems.isEmpty()) {
				throw new InvalidInput(problems);
			}
			var receivedAt = locked.receivedAt();
			var submitter = directory.person(locked.person()).orElseThrow();
			var companyData = new CompanyData(proposal.company(), company.summary().name(),
					company.summary().enterpriseNumber() == null ? null
							: company.summary().enterpriseNumber().formatted(),
					company.street(), company.postalCode(), company.summary().city(), company.summary().country(),
					state);
			var agencyName = directory.organisation(challenge.agency()).map(agency -> agency.name()).orElse("");
			var number = proposal.latestVersion() + 1;
			var qualitative = ProposalValidation.qualitative(challenge);
			var snapshot = new Snapshot(id, number, receivedAt,
					new Snapshot.ChallengeFacts(challenge.id(),
							Objects.requireNonNull(challenge.reference(), "a published challenge has its reference"),
							challenge.title(), challenge.agency(), challenge.timeZone(),
							Objects.requireNonNull(challenge.proposalsDeadline(),
									"a published challenge has its deadline"),
							qualitative),
					agencyName, companyData, locked.person(), submitter.displayName(), content, files);
			var canonical = snapshot.canonicalForm();
			var digest = CanonicalJson.sha256(canonical);
			var unverified = state != VerificationState.VERIFIED;
			versions.add(
					new ProposalVersions.StoredVersion(id, number, receivedAt, locked.person(), submitter.language(),
							unverified, canonical, digest, Snapshot.contentDigest(content, qualitative, files)),
					files.stream().map(ProposalAttachment::id).toList());
			var wasLive = proposal.state() == ProposalState.SUBMITTED;
			proposal.submitted(number, receivedAt);
			proposals.save(proposal);
			if (!wasLive) {
				submissions.recordSubmission(challenge.id());
			}
			var details = new LinkedHashMap<String, String>();
			details.put("challenge", challenge.id().toString());
			details.put("version", String.valueOf(number));
			details.put("digest", digest);
			details.put("receivedAt", Snapshot.utc(receivedAt));
			details.put("unverifiedCompany", String.valueOf(unverified));
			events.publishEvent(new ProposalSubmitted(id, challenge.id(), proposal.company(), locked.person(), number,
					receivedAt, digest, current.auditRecord("proposal.submitted", "proposal", id, details)));
			return new SubmittedVersion(id, number, receivedAt, locked.person(), digest, unverified);
		});
	}

	/**
	 * Withdraws the submitted proposal: it no longer counts, though its versions are
	 * kept. It can be submitted again (as a new version) until the deadline.
	 * @throws InvalidInput ({@code proposal.state.not-submitted}) when it is not
	 * submitted
	 * @throws ProposalDeadlinePassed when the deadline has passed
	 * @throws ProposalNotFound when there is no such proposal or the person is not a
	 * member of its company
	 */
	public void withdraw(ProposalId id) {
		permits.inTransaction(() -> {
			var locked = lockForChange(id);
			var proposal = locked.proposal();
			if (proposal.state() != ProposalState.SUBMITTED) {
				throw InvalidInput.of("proposal", "proposal.state.not-submitted");
			}
			proposal.withdraw(locked.receivedAt());
			proposals.save(proposal);
			submissions.recordWithdrawal(proposal.challenge());
			events.publishEvent(new ProposalWithdrawn(id, proposal.challenge(), proposal.company(), locked.person(),
					proposal.latestVersion(),
					current.auditRecord("proposal.withdrawn", "proposal", id, Map.of("challenge",
							proposal.challenge().toString(), "version", String.valueOf(proposal.latestVersion())))));
		});
	}

	/**
	 * Checks membership, locks the challenge (refusing a change received at or after the
	 * deadline, and arranging that it commits within the submission timeout), and reads
	 * the proposal and the challenge again under the lock.
	 */
	private Locked lockForChange(ProposalId id) {
		var before = load(id);
		var person = access.requireMember(before);
		var received = submissions.lockForSubmission(before.challenge());
		var proposal = load(id);
		return new Locked(person, proposal, received.challenge(), received.receivedAt());
	}

	private Proposal load(ProposalId id) {
		return proposals.findById(id.id()).orElseThrow(() -> new ProposalNotFound(id));
	}

	private void refuseMoreFiles(List<ProposalAttachment> present, long adding) {
		var count = present.size() + (adding > 0 ? 1 : 0);
		var total = present.stream().mapToLong(ProposalAttachment::size).sum() + adding;
		new InvalidInput.Problems()
			.require(present.size() < Proposal.MAX_ATTACHMENTS && count <= Proposal.MAX_ATTACHMENTS, "attachments",
					"proposal.attachments.too-many", Proposal.MAX_ATTACHMENTS)
			.throwIfAny();
		new InvalidInput.Problems()
			.require(total <= Proposal.ATTACHMENTS_MAX_TOTAL_BYTES, "attachments",
					"proposal.attachments.total-too-large",
					ProposalValidation.megabytes(Proposal.ATTACHMENTS_MAX_TOTAL_BYTES))
			.throwIfAny();
	}

	private VerificationState companyState(Proposal proposal) {
		return directory.organisation(proposal.company())
			.map(company -> company.verificationState())
			.orElse(VerificationState.PENDING);
	}

	private boolean changedSinceSubmission(Proposal proposal, ChallengeSummary challenge,
			List<ProposalAttachment> files) {
		if (proposal.latestVersion() == 0) {
			return false;
		}
		var latest = versions.find(proposal.id(), proposal.latestVersion()).orElseThrow();
		return !latest.contentDigest()
			.equals(Snapshot.contentDigest(onlyCurrentCriteria(proposal.content(), challenge),
					ProposalValidation.qualitative(challenge), files));
	}

	/** The answers to the challenge's qualitative criteria only. */
	static ProposalContent onlyCurrentCriteria(ProposalContent content, ChallengeSummary challenge) {
		var current = ProposalValidation.qualitative(challenge).stream().map(c -> c.id()).toList();
		var answers = new LinkedHashMap<CriterionId, String>();
		content.answers().forEach((criterion, answer) -> {
			if (current.contains(criterion)) {
				answers.put(criterion, answer);
			}
		});
		return content.toBuilder().answers(answers).build();
	}

	private static String keptFileName(String fileName) {
		var name = fileName == null ? "" : UNPRINTABLE.matcher(fileName).replaceAll("").strip();
		var base = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		if (base.isBlank()) {
			base = "attachment.pdf";
		}
		return base.length() > Proposal.FILE_NAME_MAX_LENGTH ? base.substring(0, Proposal.FILE_NAME_MAX_LENGTH) : base;
	}

	private Instant now() {
		return clock.instant();
	}

	private static InvalidInput alreadyExists() {
		return InvalidInput.of("proposal", "proposal.already-exists");
	}

	/**
	 * A change under the challenge's lock: who makes it, on what, and when it was
	 * received.
	 */
	private record Locked(PersonId person, Proposal proposal, ChallengeSummary challenge, Instant receivedAt) {
	}

}
