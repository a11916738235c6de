package org.pilotbridge.proposal;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.pilotbridge.challenge.ChallengeDirectory;
import org.pilotbridge.challenge.ChallengeId;
import org.pilotbridge.challenge.ChallengeSummary;
import org.pilotbridge.identity.OrganisationDirectory;
import org.pilotbridge.identity.OrganisationQuery;
import org.pilotbridge.identity.PlatformSettings;

/**
 * What the bidding company's members read of their own proposal, at any time: the working copy,
 * every version, every file. To anyone else the proposal is {@link ProposalNotFound}.
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

	private final ChallengeDirectory challenges;

	private final OrganisationDirectory directory;

	private final OrganisationQuery organisations;

	private final PlatformSettings settings;

	private final Clock clock;

	ProposalQuery(Proposals proposals, ProposalAttachments attachments, ProposalVersions versions,
			ProposalValidation validation, ProposalAccess access, ChallengeDirectory challenges,
			OrganisationDirectory directory, OrganisationQuery organisations, PlatformSettings settings, Clock clock) {
		this.proposals = proposals;
		this.attachments = attachments;
		this.versions = versions;
		this.validation = validation;
		this.access = access;
		this.challenges = challenges;
		this.directory = directory;
		this.organisations = organisations;
		this.settings = settings;
		this.clock = clock;
	}

	/** The proposal of the company the current person acts for, if it has one for the challenge. */
	public Optional<ProposalId> mine(ChallengeId challenge) {
		var member = access.requireCompanyMember();
		return proposals.findByChallengeAndCompany(challenge.id(), member.company().id()).map(Proposal::id);
	}

	/**
	 * The working copy with everything its form needs; for the company's members only.
	 *
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
	 * What is still missing before the proposal can be submitted; for the company's members only.
	 *
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
	 * A submitted version as it was received; for the company's members only.
	 *
	 * @throws ProposalNotFound when there is no such version or the person may not read it
	 */
	public SubmittedProposal version(ProposalId id, int number) {
		var proposal = load(id);
		access.requireMember(proposal);
		var stored = versions.find(id, number).orElseThrow(() -> new ProposalNotFound(id));
		var frozen = Snapshot.read(stored.canonicalForm());
		return new SubmittedProposal(id, proposal.challenge(), frozen.challengeReference(), frozen.challengeTitle(),
				frozen.company(), frozen.submitterName(), stored.summary(), frozen.content(),
				attachments.ofVersion(id, number));
	}

	/**
	 * The latest submitted version, the one that counts; see {@link #version}.
	 *
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
	 * A file to download; for the company's members only.
	 *
	 * @throws ProposalNotFound when there is no such file or the person may not read it
	 */
	public PdfDownload attachment(ProposalId id, ProposalAttachmentId attachment) {
		var proposal = load(id);
		access.requireMember(proposal);
		var file = attachments.find(id, attachment).orElseThrow(() -> new ProposalNotFound(attachment));
		return new PdfDownload(file.downloadName(),
				attachments.content(id, attachment).orElseThrow(() -> new ProposalNotFound(attachment)));
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

}
