package org.pilotbridge.proposal;

import java.time.Clock;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.pilotbridge.challenge.ChallengeDirectory;
import org.pilotbridge.challenge.ChallengeId;

/**
 * Every proposal received for a challenge, with every version received and its receipt,
 * for the procurement file. Trusted: the module that assembles the file decides who may
 * have it; this one only keeps everything sealed until the proposals are opened, and
 * gives the content of no proposal that was withdrawn (its versions are listed, with
 * their times of receipt and digests).
 *
 * @see "Design decision: docs/decisions/DD030-20261207-procurement-file.md"
 */
@Service
@Transactional(readOnly = true)
public class ProposalArchive {

	private final Proposals proposals;

	private final ProposalVersions versions;

	private final ProposalAttachments attachments;

	private final ReceiptRenderer receipts;

	private final ChallengeDirectory challenges;

	private final Clock clock;

	ProposalArchive(Proposals proposals, ProposalVersions versions, ProposalAttachments attachments,
			ReceiptRenderer receipts, ChallengeDirectory challenges, Clock clock) {
		this.proposals = proposals;
		this.versions = versions;
		this.attachments = attachments;
		this.receipts = receipts;
		this.challenges = challenges;
		this.clock = clock;
	}

	/**
	 * The proposals ever submitted for the challenge, oldest first; none before they are
	 * opened.
	 */
	public List<ReceivedProposal> received(ChallengeId challenge) {
		if (!isOpened(challenge)) {
			return List.of();
		}
		return proposals.findEverSubmitted(challenge.id()).stream().map(proposal -> {
			var latest = versions.find(proposal.id(), proposal.latestVersion()).orElseThrow();
			var company = Snapshot.read(latest.canonicalForm()).company();
			return new ReceivedProposal(proposal.id(), company, proposal.state(), versions.of(proposal.id()));
		}).toList();
	}

	/**
	 * A version of a proposal still submitted, as received, with its receipt (rendered
	 * and kept if nobody asked for it yet) and the files submitted with it.
	 * @throws ProposalNotFound for a withdrawn proposal, or before the proposals are
	 * opened
	 */
	@Transactional
	public ArchivedVersion version(ProposalId id, int number) {
		var proposal = proposals.findById(id.id()).orElseThrow(() -> new ProposalNotFound(id));
		if (proposal.state() != ProposalState.SUBMITTED || !isOpened(proposal.challenge())) {
			throw new ProposalNotFound(id);
		}
		var stored = versions.find(id, number).orElseThrow(() -> new ProposalNotFound(id));
		var frozen = Snapshot.read(stored.canonicalForm());
		var files = attachments.ofVersion(id, number);
		var pdf = versions.receipt(id, number).orElseGet(() -> {
			versions.storeReceipt(id, number, receipts.render(stored, frozen, files), clock.instant());
			return versions.receipt(id, number).orElseThrow();
		});
		var receipt = new Receipt(id, number, frozen.challengeReference(), frozen.challengeTitle(), stored.receivedAt(),
				frozen.timeZone(), stored.digest(), stored.language(),
				ReceiptRenderer.fileName(frozen.challengeReference(), number), pdf);
		return new ArchivedVersion(stored.summary(), stored.canonicalForm(), receipt, files);
	}

	/**
	 * The content of a file submitted with a proposal still submitted.
	 * @throws ProposalNotFound for a withdrawn proposal, before the proposals are opened,
	 * or for a file that is not the proposal's
	 */
	public byte[] file(ProposalId id, ProposalAttachmentId file) {
		var proposal = proposals.findById(id.id()).orElseThrow(() -> new ProposalNotFound(id));
		if (proposal.state() != ProposalState.SUBMITTED || !isOpened(proposal.challenge())) {
			throw new ProposalNotFound(id);
		}
		return attachments.content(id, file).orElseThrow(() -> new ProposalNotFound(file));
	}

	private boolean isOpened(ChallengeId challenge) {
		return challenges.challenge(challenge).filter(ProposalAccess::isOpened).isPresent();
	}

	/**
	 * A proposal as received: the company as its latest version names it, and every
	 * version.
	 *
	 * @param state {@code SUBMITTED} when it counted at the close, {@code WITHDRAWN}
	 * otherwise
	 */
	public record ReceivedProposal(ProposalId id, CompanyData company, ProposalState state,
			List<SubmittedVersion> versions) {

		public ReceivedProposal {
			versions = List.copyOf(versions);
		}

	}

	/**
	 * A version as received.
	 *
	 * @param canonicalForm the exact text its digest covers (also embedded in the
	 * receipt)
	 * @param files the files submitted with it, whose SHA-256 the canonical form names
	 */
	public record ArchivedVersion(SubmittedVersion summary, String canonicalForm, Receipt receipt,
			List<ProposalAttachment> files) {

		public ArchivedVersion {
			files = List.copyOf(files);
		}

	}

}
