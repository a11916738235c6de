package org.pilotbridge.proposal;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.pilotbridge.challenge.ChallengeDirectory;
import org.pilotbridge.challenge.ChallengeId;
import org.pilotbridge.challenge.ChallengeState;
import org.pilotbridge.identity.OrganisationId;
import org.pilotbridge.proposal.spi.OutcomeLetters;

/**
 * The proposals of the company the current person acts for, as its members follow them:
 * by state, with each challenge's deadline in its official zone, the latest version and
 * its time of receipt, the receipts to download, and the outcome once the evaluation has
 * recorded it ({@link ProposalOutcomes}, when its decision is final), with when and the
 * letter to download ({@link ProposalLinks#outcomeLetter}). Challenges past their
 * deadline are closed first.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class ProposalDashboard {

	private final Proposals proposals;

	private final ProposalVersions versions;

	private final ProposalAccess access;

	private final ObjectProvider<OutcomeLetters> letters;

	private final ChallengeDirectory challenges;

	private final Clock clock;

	ProposalDashboard(Proposals proposals, ProposalVersions versions, ProposalAccess access,
			ObjectProvider<OutcomeLetters> letters, ChallengeDirectory challenges, Clock clock) {
		this.proposals = proposals;
		this.versions = versions;
		this.access = access;
		this.letters = letters;
		this.challenges = challenges;
		this.clock = clock;
	}

	/**
	 * @throws AccessDeniedException when the person belongs to no company
	 */
	public CompanyProposals mine() {
		var member = access.requireCompanyMember();
		var now = clock.instant();
		var entries = proposals.findByCompany(member.company().id())
			.stream()
			.flatMap(proposal -> challenges.challenge(proposal.challenge()).map(challenge -> {
				var submitted = versions.of(proposal.id());
				var receipts = submitted.stream()
					.map(version -> new ReceiptLink(version.number(), version.receivedAt(),
							ProposalLinks.receipt(proposal.id(), version.number())))
					.toList();
				return new Entry(proposal.id(), challenge.id(),
						challenge.reference() == null ? "" : challenge.reference(), challenge.title(),
						challenge.state(), challenge.proposalsDeadline(), challenge.timeZone(), proposal.state(),
						submitted.isEmpty() ? null : submitted.get(submitted.size() - 1), receipts,
						!challenge.isOpenAt(now), proposal.outcome().orElse(null),
						proposal.outcomeRecordedAt().orElse(null),
						hasOutcomeLetter(proposal) ? ProposalLinks.outcomeLetter(proposal.id()) : null,
						decisionPage(proposal).orElse(null));
			}).stream())
			.toList();
		return new CompanyProposals(member.company(), member.companyName(), entries);
	}

	/**
	 * Whether some module has the letter about the proposal, once its outcome is recorded
	 * (final).
	 */
	private boolean hasOutcomeLetter(Proposal proposal) {
		return proposal.outcome().isPresent()
				&& letters.orderedStream().anyMatch(provider -> provider.hasLetter(proposal.id()));
	}

	/**
	 * Where the bidder reads the decision about the proposal and asks for a review or a
	 * debriefing, once the deciding module sent its letters.
	 */
	private java.util.Optional<String> decisionPage(Proposal proposal) {
		return letters.orderedStream().flatMap(provider -> provider.decisionPage(proposal.id()).stream()).findFirst();
	}

	/**
	 * The proposals of one company, newest first.
	 */
	public record CompanyProposals(OrganisationId company, String companyName, List<Entry> proposals) {

		public CompanyProposals {
			proposals = List.copyOf(proposals);
		}

		/**
		 * The proposals grouped by state, in the order of {@link ProposalState}; every
		 * state is present.
		 */
		public Map<ProposalState, List<Entry>> byState() {
			var grouped = new EnumMap<ProposalState, List<Entry>>(ProposalState.class);
			for (var state : ProposalState.values()) {
				grouped.put(state, proposals.stream().filter(entry -> entry.state() == state).toList());
			}
			return grouped;
		}

	}

	/**
	 * One proposal as its company follows it.
	 *
	 * @param challengeState as it is now: a published challenge past its deadline is
	 * {@code CLOSED}
	 * @param latest the latest submitted version, {@code null} before the first
	 * submission
	 * @param receipts one per submitted version, oldest first
	 * @param readOnly whether the deadline has passed
	 * @param outcome what became of it, once the evaluation has recorded it (when its
	 * decision is final)
	 * @param outcomeAt when the outcome was recorded
	 * @param letter where to download the letter telling the outcome
	 * ({@link ProposalLinks#outcomeLetter}), once there is one
	 * @param decisionPage where to read the decision, ask for a review or a debriefing,
	 * once its letters went out (during the standstill period already)
	 */
	public record Entry(ProposalId id, ChallengeId challenge, String challengeReference, String challengeTitle,
			ChallengeState challengeState, @Nullable Instant deadline, ZoneId timeZone, ProposalState state,
			@Nullable SubmittedVersion latest, List<ReceiptLink> receipts, boolean readOnly,
			@Nullable ProposalOutcome outcome, @Nullable Instant outcomeAt, @Nullable String letter,
			@Nullable String decisionPage) {

		public Entry {
			receipts = List.copyOf(receipts);
		}

		/** The deadline in the challenge's official time zone. */
		public @Nullable ZonedDateTime deadlineInOfficialZone() {
			return deadline == null ? null : deadline.atZone(timeZone);
		}

	}

	/**
	 * Where to download the receipt of one version ({@link ProposalLinks#receipt}).
	 */
	public record ReceiptLink(int version, Instant receivedAt, String path) {
	}

}
