package org.pilotbridge.pilot;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import org.pilotbridge.challenge.ChallengeDirectory;
import org.pilotbridge.challenge.ChallengeManagement;
import org.pilotbridge.challenge.ChallengeOutcomes;
import org.pilotbridge.challenge.ChallengeSummary;
import org.pilotbridge.identity.OrganisationData;
import org.pilotbridge.identity.OrganisationId;
import org.pilotbridge.identity.OrganisationKind;
import org.pilotbridge.identity.OrganisationManagement;
import org.pilotbridge.identity.PersonId;
import org.pilotbridge.identity.RunAs;
import org.pilotbridge.identity.SizeClass;
import org.pilotbridge.proposal.ProposalId;
import org.pilotbridge.proposal.ProposalManagement;
import org.pilotbridge.proposal.ProposalOutcome;
import org.pilotbridge.proposal.ProposalOutcomes;
import org.pilotbridge.test.MutableClock;
import org.pilotbridge.test.TestBidding;
import org.pilotbridge.test.TestIdentities;

import static org.awaitility.Awaitility.await;

/**
 * Awarded challenges with their pilots, made through the application services. The award
 * itself is recorded as the evaluation module records it when a decision comes into force
 * (the challenge awarded and every proposal's outcome, in one transaction), without going
 * through a panel: the pilot module only cares that the award is final.
 */
@Component
public class TestPilots {

	private final TestBidding bidding;

	private final TestIdentities identities;

	private final OrganisationManagement organisations;

	private final ChallengeManagement challenges;

	private final ChallengeDirectory directory;

	private final ChallengeOutcomes outcomes;

	private final ProposalManagement proposals;

	private final ProposalOutcomes proposalOutcomes;

	private final PilotDirectory pilots;

	private final RunAs runAs;

	private final TransactionTemplate transactions;

	/**
	 * A {@link MutableClock} where the tests using this fixture import one; any clock
	 * elsewhere.
	 */
	private final Clock clock;

	TestPilots(TestBidding bidding, TestIdentities identities, OrganisationManagement organisations,
			ChallengeManagement challenges, ChallengeDirectory directory, ChallengeOutcomes outcomes,
			ProposalManagement proposals, ProposalOutcomes proposalOutcomes, PilotDirectory pilots, RunAs runAs,
			TransactionTemplate transactions, Clock clock) {
		this.bidding = bidding;
		this.identities = identities;
		this.organisations = organisations;
		this.challenges = challenges;
		this.directory = directory;
		this.outcomes = outcomes;
		this.proposals = proposals;
		this.proposalOutcomes = proposalOutcomes;
		this.pilots = pilots;
		this.runAs = runAs;
		this.transactions = transactions;
		this.clock = clock;
	}

	/** A company of that size, verified, whose owner is its one member. */
	public Bidder company(TestBidding.Agency verifiedBy, String name, SizeClass size) {
		var owner = identities.person("Owner of " + name);
		var company = runAs.person(owner, null,
				() -> organisations.register(OrganisationData.of(OrganisationKind.COMPANY, name, "BE", "Veldstraat 1",
						"9000", "Ghent", "", TestIdentities.belgianNumber(), size)));
		identities.verify(verifiedBy.admin(), company);
		return new Bidder(company, name, owner);
	}

	/** A published challenge of the agency (see {@link TestBidding#challenge}). */
	public ChallengeSummary publish(TestBidding.Agency agency) {
		return bidding.challenge(agency);
	}

	/** The bidder's proposal for the challenge, submitted. */
	public ProposalId submit(Bidder bidder, ChallengeSummary challenge) {
		var proposal = bidding.proposal(bidder.owner(), bidder.company(), challenge, bidding.complete(challenge));
		bidding.as(bidder.owner(), bidder.company(), () -> proposals.submit(proposal));
		return proposal;
	}

	/**
	 * Moves the clock to the opening of the proposals after the deadline (unless it is
	 * already later) and starts the evaluation.
	 */
	public void closeAndEvaluate(TestBidding.Agency agency, ChallengeSummary challenge) {
		var opening = challenge.proposalsOpenAt();
		if (clock.instant().isBefore(opening)) {
			clock().set(opening);
		}
		bidding.as(agency.manager(), agency.id(), () -> challenges.startEvaluation(challenge.id()));
	}

	/**
	 * Awards the winners, now, as a decision coming into force does, and waits for their
	 * pilots; the other submitted proposals are not awarded.
	 */
	public List<PilotContract> award(TestBidding.Agency agency, ChallengeSummary challenge, List<ProposalId> winners,
			List<ProposalId> losers) {
		bidding.as(agency.manager(), agency.id(), () -> transactions.executeWithoutResult(status -> {
			outcomes.award(challenge.id());
			winners.forEach(winner -> proposalOutcomes.record(winner, ProposalOutcome.AWARDED));
			losers.forEach(loser -> proposalOutcomes.record(loser, ProposalOutcome.NOT_AWARDED));
		}));
		await().atMost(Duration.ofSeconds(30)).until(() -> pilots.contracts(challenge.id()).size() >= winners.size());
		return pilots.contracts(challenge.id());
	}

	/** Ends the evaluation without an award. */
	public void noAward(TestBidding.Agency agency, ChallengeSummary challenge, List<ProposalId> bidders) {
		bidding.as(agency.manager(), agency.id(), () -> transactions.executeWithoutResult(status -> {
			outcomes.noAward(challenge.id());
			bidders.forEach(bidder -> proposalOutcomes.record(bidder, ProposalOutcome.NOT_AWARDED));
		}));
	}

	public void withdraw(TestBidding.Agency agency, ChallengeSummary challenge) {
		bidding.as(agency.manager(), agency.id(), () -> challenges.withdraw(challenge.id(), "The need has gone away."));
	}

	/**
	 * An awarded challenge of a new agency with one winning and one losing company, and
	 * its pilot, planned.
	 */
	public Awarded awarded() {
		var agency = bidding.agency();
		var run = UUID.randomUUID().toString().substring(0, 8);
		var winner = company(agency, "Winner " + run, SizeClass.MICRO);
		var loser = company(agency, "Loser " + run, SizeClass.LARGE);
		var challenge = publish(agency);
		var won = submit(winner, challenge);
		var lost = submit(loser, challenge);
		closeAndEvaluate(agency, challenge);
		var contracts = award(agency, challenge, List.of(won), List.of(lost));
		return new Awarded(agency, directory.challenge(challenge.id()).orElseThrow(), winner, loser,
				contracts.get(0).reference());
	}

	public Instant now() {
		return clock.instant();
	}

	public MutableClock clock() {
		return (MutableClock) clock;
	}

	/** A company that bids: its id, name and owner (its one member). */
	public record Bidder(OrganisationId company, String name, PersonId owner) {
	}

	public record Awarded(TestBidding.Agency agency, ChallengeSummary challenge, Bidder winner, Bidder loser,
			String pilot) {
	}

}
