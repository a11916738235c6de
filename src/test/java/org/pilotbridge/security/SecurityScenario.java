package org.pilotbridge.security;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import org.pilotbridge.catalogue.SolutionFileId;
import org.pilotbridge.catalogue.SolutionId;
import org.pilotbridge.catalogue.SolutionManagement;
import org.pilotbridge.catalogue.SolutionProfile;
import org.pilotbridge.catalogue.SolutionQuery;
import org.pilotbridge.catalogue.SolutionScreening;
import org.pilotbridge.challenge.AttachmentId;
import org.pilotbridge.challenge.AwardNotice;
import org.pilotbridge.challenge.ChallengeDraft;
import org.pilotbridge.challenge.ChallengeFollowing;
import org.pilotbridge.challenge.ChallengeId;
import org.pilotbridge.challenge.ChallengeManagement;
import org.pilotbridge.challenge.ChallengeOutcomes;
import org.pilotbridge.challenge.ChallengeQuery;
import org.pilotbridge.challenge.ChallengeSummary;
import org.pilotbridge.challenge.ClarificationManagement;
import org.pilotbridge.challenge.QuestionId;
import org.pilotbridge.challenge.SavedSearchFrequency;
import org.pilotbridge.challenge.SavedSearchId;
import org.pilotbridge.challenge.SavedSearchManagement;
import org.pilotbridge.challenge.SearchCriteria;
import org.pilotbridge.consultation.ConsultationAnswering;
import org.pilotbridge.consultation.ConsultationDraft;
import org.pilotbridge.consultation.ConsultationId;
import org.pilotbridge.consultation.ConsultationManagement;
import org.pilotbridge.consultation.ConsultationQuery;
import org.pilotbridge.evaluation.Bidder;
import org.pilotbridge.evaluation.DeclarationInput;
import org.pilotbridge.evaluation.EvaluationManagement;
import org.pilotbridge.evaluation.PanelManagement;
import org.pilotbridge.evaluation.PanelMemberId;
import org.pilotbridge.evaluation.PanelMemberInvited;
import org.pilotbridge.evaluation.PanelRole;
import org.pilotbridge.identity.InvitationId;
import org.pilotbridge.identity.InvitationManagement;
import org.pilotbridge.identity.InvitationSent;
import org.pilotbridge.identity.MembershipRole;
import org.pilotbridge.identity.OrganisationDirectory;
import org.pilotbridge.identity.OrganisationId;
import org.pilotbridge.identity.OrganisationManagement;
import org.pilotbridge.identity.PersonId;
import org.pilotbridge.pilot.PilotDecision;
import org.pilotbridge.pilot.PilotDirectory;
import org.pilotbridge.pilot.PilotId;
import org.pilotbridge.pilot.PilotManagement;
import org.pilotbridge.pilot.PilotOutcome;
import org.pilotbridge.pilot.PilotQuery;
import org.pilotbridge.pilot.PilotResults;
import org.pilotbridge.proposal.ProposalAttachment;
import org.pilotbridge.proposal.ProposalId;
import org.pilotbridge.proposal.ProposalManagement;
import org.pilotbridge.proposal.ProposalOutcome;
import org.pilotbridge.proposal.ProposalOutcomes;
import org.pilotbridge.proposal.ProposalQuery;
import org.pilotbridge.shared.Language;
import org.pilotbridge.shared.Money;
import org.pilotbridge.test.MutableClock;
import org.pilotbridge.test.TestBidding;
import org.pilotbridge.test.TestPdfs;

/**
 * One small world in which every role of the access matrix exists, made once per
 * application context through the application services: two agencies, two companies, a
 * challenge under evaluation with a proposal and a panel, an open challenge with a sealed
 * proposal, a draft, a question, a solution in the catalogue, consultations open and
 * closed, invitations waiting, a saved search and a follow, a panel member removed, and
 * three challenges the company won, whose pilots are planned, running, and ended with
 * their results published. Imported by {@link SecuritySuiteTest}, not scanned:
 * applications started by other tests must not pick it up.
 */
class SecurityScenario {

	private final TestBidding bidding;

	private final ChallengeManagement challenges;

	private final ProposalManagement proposals;

	private final PanelManagement panels;

	private final EvaluationManagement evaluations;

	private final ClarificationManagement clarifications;

	private final SolutionManagement solutions;

	private final SolutionQuery solutionQuery;

	private final SolutionScreening screening;

	private final ConsultationManagement consultations;

	private final ConsultationAnswering answering;

	private final ConsultationQuery consultationQuery;

	private final InvitationManagement invitations;

	private final SavedSearchManagement savedSearches;

	private final ChallengeFollowing following;

	private final MutableClock clock;

	private final JdbcClient jdbc;

	private final OrganisationManagement organisations;

	private final ChallengeQuery challengeQuery;

	private final ProposalQuery proposalQuery;

	private final ChallengeOutcomes outcomes;

	private final ProposalOutcomes proposalOutcomes;

	private final PilotDirectory pilotDirectory;

	private final PilotQuery pilotQuery;

	private final PilotManagement pilots;

	private final TransactionTemplate transactions;

	private final OrganisationDirectory people;

	private final Map<String, String> links = new ConcurrentHashMap<>();

	private @Nullable World world;

	SecurityScenario(TestBidding bidding, ChallengeManagement challenges, ProposalManagement proposals,
			PanelManagement panels, EvaluationManagement evaluations, ClarificationManagement clarifications,
			SolutionManagement solutions, SolutionQuery solutionQuery, SolutionScreening screening,
			ConsultationManagement consultations, ConsultationAnswering answering, ConsultationQuery consultationQuery,
			InvitationManagement invitations, SavedSearchManagement savedSearches, ChallengeFollowing following,
			MutableClock clock, OrganisationManagement organisations, ChallengeQuery challengeQuery,
			ProposalQuery proposalQuery, JdbcClient jdbc, ChallengeOutcomes outcomes, ProposalOutcomes proposalOutcomes,
			PilotDirectory pilotDirectory, PilotQuery pilotQuery, PilotManagement pilots,
			PlatformTransactionManager transactionManager, OrganisationDirectory people) {
		this.people = people;
		this.outcomes = outcomes;
		this.proposalOutcomes = proposalOutcomes;
		this.pilotDirectory = pilotDirectory;
		this.pilotQuery = pilotQuery;
		this.pilots = pilots;
		this.transactions = new TransactionTemplate(transactionManager);
		this.jdbc = jdbc;
		this.organisations = organisations;
		this.challengeQuery = challengeQuery;
		this.proposalQuery = proposalQuery;
		this.bidding = bidding;
		this.challenges = challenges;
		this.proposals = proposals;
		this.panels = panels;
		this.evaluations = evaluations;
		this.clarifications = clarifications;
		this.solutions = solutions;
		this.solutionQuery = solutionQuery;
		this.screening = screening;
		this.consultations = consultations;
		this.answering = answering;
		this.consultationQuery = consultationQuery;
		this.invitations = invitations;
		this.savedSearches = savedSearches;
		this.following = following;
		this.clock = clock;
	}

	@EventListener
	void on(PanelMemberInvited event) {
		links.put(event.email(), event.link());
	}

	@EventListener
	void on(InvitationSent event) {
		links.put(event.email(), event.link());
	}

	synchronized World world() {
		if (world == null) {
			world = build();
		}
		return world;
	}

	/**
	 * Who plays each role of the matrix, and what they act for. A role's person acts for
	 * the organisation named here, as if chosen in the header.
	 */
	record Actor(Role role, @Nullable PersonId person, @Nullable OrganisationId organisation) {
	}

	record World(Map<Role, Actor> actors, TestBidding.Agency agency, TestBidding.Agency otherAgency,
			TestBidding.Company company, TestBidding.Company otherCompany, ChallengeSummary closed,
			ProposalId closedProposal, ProposalAttachment closedFile, ChallengeSummary open, ProposalId openProposal,
			ProposalAttachment openFile, ChallengeId draft, AttachmentId openAttachment, QuestionId question,
			SolutionId solution, String solutionReference, SolutionFileId solutionImage, SolutionFileId brochure,
			SolutionId draftSolution, ConsultationId openConsultation, String openConsultationReference,
			ConsultationId closedConsultation, InvitationId invitation, String invitationToken, String panelToken,
			SavedSearchId savedSearch, ChallengeSummary otherAgencyChallenge, Versions versions, UUID joinRequest,
			PanelSeats panel, PilotCase plannedPilot, PilotCase runningPilot, PilotCase endedPilot) {

		Actor actor(Role role) {
			return actors.get(role);
		}

	}

	/**
	 * The panel of the challenge under evaluation, by seat: the chair (the agency's
	 * manager), the evaluator who declared, and an invitation nobody accepted yet; one
	 * more member was removed.
	 */
	record PanelSeats(PanelMemberId chair, PanelMemberId evaluator, PanelMemberId waiting) {
	}

	/**
	 * A pilot of the company that bids, run by the agency's manager: its reference, the
	 * version optimistic locking asks for, and the number of its milestone.
	 */
	record PilotCase(PilotId id, String reference, int version, int milestone) {
	}

	/**
	 * The versions that optimistic locking asks for, read once: every call of the matrix
	 * is rolled back.
	 */
	record Versions(int draft, int open, ChallengeDraft openContent, int openProposal, int solution,
			int draftSolution) {
	}

	private World build() {
		var agency = bidding.agency();
		var otherAgency = bidding.agency();
		var company = bidding.company(agency, Language.ENGLISH);
		var otherCompany = bidding.company(agency, Language.ENGLISH);
		var evaluator = bidding.person("evaluator", Language.ENGLISH, false);
		var otherEvaluator = bidding.person("other-evaluator", Language.ENGLISH, false);

		// A consultation that will have closed, answered by the company.
		var closedConsultation = bidding.as(agency.manager(), agency.id(),
				() -> consultations.publish(agency.id(), consultation("Kerbside sensors", Duration.ofDays(3))));
		bidding.as(company.owner(), company.id(),
				() -> answering.answer(closedConsultation, company.id(), List.of("We make such sensors."), true));

		// Three challenges the company bids on alone, awarded once they close: published
		// first, so that they close no later than the challenge under evaluation.
		var won = new ArrayList<ChallengeSummary>();
		var winning = new ArrayList<ProposalId>();
		for (int i = 0; i < 3; i++) {
			var challenge = bidding.challenge(agency);
			var proposal = bidding.proposal(company.owner(), company.id(), challenge, bidding.complete(challenge));
			bidding.as(company.owner(), company.id(), () -> proposals.submit(proposal));
			won.add(challenge);
			winning.add(proposal);
		}

		// A challenge that closes with the company's proposal, a panel and a declared
		// evaluator.
		var closed = bidding.challenge(agency);
		var closedProposal = bidding.proposal(company.owner(), company.id(), closed, bidding.complete(closed));
		var closedFile = bidding.as(company.owner(), company.id(),
				() -> proposals.attach(closedProposal, "plan.pdf", new ByteArrayInputStream(TestPdfs.onePage())));
		bidding.as(company.owner(), company.id(), () -> proposals.submit(closedProposal));
		var evaluatorSeat = join(agency, closed.id(), evaluator, PanelRole.EVALUATOR);
		var chairSeat = join(agency, closed.id(), agency.manager(), PanelRole.CHAIR);
		var otherAgencyChallenge = bidding.challenge(otherAgency);
		join(otherAgency, otherAgencyChallenge.id(), otherEvaluator, PanelRole.EVALUATOR);

		clock.set(closed.proposalsOpenAt());
		bidding.as(agency.manager(), agency.id(), () -> challenges.startEvaluation(closed.id()));
		for (int i = 0; i < won.size(); i++) {
			award(agency, won.get(i), winning.get(i), company);
		}
		bidding.as(evaluator, null, () -> {
			var bidders = evaluations.bidders(closed.id());
			evaluations.declare(closed.id(), bidders.stream()
				.collect(Collectors.toMap(Bidder::company, bidder -> DeclarationInput.noConflict())));
		});

		// An open challenge with a submitted, sealed proposal, a question and an
		// attachment; a draft.
		var open = bidding.challenge(agency);
		var openAttachment = bidding.as(agency.manager(), agency.id(), () -> challenges.attach(open.id(), "terms.pdf",
				new ByteArrayInputStream(TestPdfs.onePage()), "The terms of the pilot"));
		var openProposal = bidding.proposal(company.owner(), company.id(), open, bidding.complete(open));
		var openFile = bidding.as(company.owner(), company.id(),
				() -> proposals.attach(openProposal, "plan.pdf", new ByteArrayInputStream(TestPdfs.onePage())));
		bidding.as(company.owner(), company.id(), () -> proposals.submit(openProposal));
		var question = bidding.as(company.owner(), company.id(),
				() -> clarifications.ask(open.id(), "Which data do the buses record?"));
		var draft = bidding.as(agency.manager(), agency.id(),
				() -> challenges.createDraft(agency.id(), ChallengeDraft.builder().title("A draft").build()));

		// The company's solution in the catalogue, and a draft of another.
		var solution = bidding.as(company.owner(), company.id(),
				() -> solutions.create(company.id(), profile("Bin sensors")));
		var image = bidding.as(company.owner(), company.id(),
				() -> solutions.addImage(solution, "bin.png", new ByteArrayInputStream(Pictures.png())));
		var brochure = bidding.as(company.owner(), company.id(),
				() -> solutions.attachBrochure(solution, "brochure.pdf", new ByteArrayInputStream(TestPdfs.onePage())));
		bidding.as(company.owner(), company.id(), () -> solutions.submit(solution));
		var managed = bidding.as(company.owner(), company.id(), () -> solutionQuery.managed(solution));
		bidding.as(agency.admin(), null, () -> screening.approve(solution, managed.version()));
		var reference = bidding.as(company.owner(), company.id(), () -> solutionQuery.managed(solution).reference());
		var draftSolution = bidding.as(company.owner(), company.id(),
				() -> solutions.create(company.id(), profile("Draft sensors")));

		var openConsultation = bidding.as(agency.manager(), agency.id(),
				() -> consultations.publish(agency.id(), consultation("Quieter streets", Duration.ofDays(30))));
		var openConsultationReference = bidding.as(agency.manager(), agency.id(),
				() -> consultationReference(openConsultation));

		// An invitation to join the company, waiting; the company's saved search and
		// follow.
		var invitedEmail = "invited-" + UUID.randomUUID().toString().substring(0, 13) + "@test.example";
		var invitation = bidding.as(company.owner(), company.id(),
				() -> invitations.invite(company.id(), invitedEmail, MembershipRole.MEMBER, Language.ENGLISH));
		var invitationToken = token(links.get(invitedEmail));
		var panelEmail = "waiting-" + UUID.randomUUID().toString().substring(0, 13) + "@test.example";
		var waitingSeat = bidding.as(agency.manager(), agency.id(), () -> panels.invite(closed.id(), panelEmail,
				"A second evaluator", PanelRole.EVALUATOR, Language.ENGLISH));
		var panelToken = token(links.get(panelEmail));
		var removedEmail = "removed-" + UUID.randomUUID().toString().substring(0, 13) + "@test.example";
		bidding.as(agency.manager(), agency.id(),
				() -> panels.remove(closed.id(), panels.invite(closed.id(), removedEmail, "A busy expert",
						PanelRole.EVALUATOR, Language.ENGLISH), "Invited by mistake: she advises one of the bidders.",
						null));
		var savedSearch = bidding.as(company.owner(), company.id(),
				() -> savedSearches.save("Buses", SearchCriteria.text("bus"), SavedSearchFrequency.DAILY));
		bidding.as(company.owner(), company.id(), () -> following.follow(open.id()));

		var joiner = bidding.person("joiner", Language.ENGLISH, false);
		bidding.as(joiner, null, () -> organisations.requestToJoin(company.id(), "I work here now."));
		var joinRequest = bidding.as(company.owner(), company.id(),
				() -> organisations.pendingJoinRequests(company.id()).get(0));
		var openManaged = bidding.as(agency.manager(), agency.id(), () -> challengeQuery.managed(open.id()));
		var versions = new Versions(
				bidding.as(agency.manager(), agency.id(), () -> challengeQuery.managed(draft).version()),
				openManaged.version(), openManaged.content(),
				bidding.as(company.owner(), company.id(), () -> proposalQuery.editable(openProposal).version()),
				bidding.as(company.owner(), company.id(), () -> solutionQuery.managed(solution).version()),
				bidding.as(company.owner(), company.id(), () -> solutionQuery.managed(draftSolution).version()));

		// The pilots of the three awards: one planned, one running, one ended with its
		// results public.
		var today = LocalDate.ofInstant(clock.instant(), ChallengeDraft.DEFAULT_TIME_ZONE);
		var planned = pilot(agency, won.get(0), today);
		var running = pilot(agency, won.get(1), today);
		bidding.as(agency.manager(), agency.id(), () -> pilots.start(running.id(), running.version()));
		var ended = pilot(agency, won.get(2), today);
		bidding.as(agency.manager(), agency.id(), () -> {
			pilots.start(ended.id(), ended.version());
			pilots.markMilestone(ended.id(), ended.version() + 1, ended.milestone(), true);
			pilots.complete(ended.id(), ended.version() + 2, today, new PilotResults(PilotOutcome.SUCCEEDED,
					"Crews emptied **a third fewer** half-empty bins.", PilotDecision.PROCURE_AT_LARGER_SCALE));
		});
		bidding.as(company.owner(), company.id(), () -> pilots.writeAccount(ended.id(), ended.version() + 3,
				"The drivers trusted the sensors after a week."));
		bidding.as(agency.manager(), agency.id(), () -> pilots.publishResults(ended.id(), ended.version() + 4));

		// Notifications are written after commit: wait for them, so that every inbox is
		// as it stays.
		awaitEvents();

		var actors = new EnumMap<Role, Actor>(Role.class);
		actors.put(Role.ANONYMOUS, new Actor(Role.ANONYMOUS, null, null));
		actors.put(Role.OTHER_COMPANY, new Actor(Role.OTHER_COMPANY, otherCompany.owner(), otherCompany.id()));
		actors.put(Role.COMPANY, new Actor(Role.COMPANY, company.owner(), company.id()));
		actors.put(Role.OTHER_AGENCY, new Actor(Role.OTHER_AGENCY, otherAgency.manager(), otherAgency.id()));
		actors.put(Role.MANAGER, new Actor(Role.MANAGER, agency.manager(), agency.id()));
		actors.put(Role.OTHER_PANEL, new Actor(Role.OTHER_PANEL, otherEvaluator, null));
		actors.put(Role.EVALUATOR, new Actor(Role.EVALUATOR, evaluator, null));
		actors.put(Role.ADMIN, new Actor(Role.ADMIN, agency.admin(), null));
		return new World(Map.copyOf(actors), agency, otherAgency, company, otherCompany, closed, closedProposal,
				closedFile, open, openProposal, openFile, draft, openAttachment, question, solution, reference, image,
				brochure, draftSolution, openConsultation, openConsultationReference, closedConsultation, invitation,
				invitationToken, panelToken, savedSearch, otherAgencyChallenge, versions, joinRequest,
				new PanelSeats(chairSeat, evaluatorSeat, waitingSeat), current(agency, planned),
				current(agency, running), current(agency, ended));
	}

	/** Invites the person at the address of their account and has them accept. */
	private PanelMemberId join(TestBidding.Agency agency, ChallengeId challenge, PersonId person, PanelRole role) {
		var email = people.person(person).orElseThrow().email();
		var seat = bidding.as(agency.manager(), agency.id(),
				() -> panels.invite(challenge, email, "Member", role, Language.ENGLISH));
		var token = token(links.get(email));
		bidding.as(person, null, () -> panels.accept(token));
		return seat;
	}

	/**
	 * Awards the company's proposal as the evaluation module does when its decision comes
	 * into force: the challenge awarded with its public notice and the proposal's
	 * outcome, in one transaction.
	 */
	private void award(TestBidding.Agency agency, ChallengeSummary challenge, ProposalId proposal,
			TestBidding.Company company) {
		bidding.as(agency.manager(), agency.id(), () -> challenges.startEvaluation(challenge.id()));
		bidding.as(agency.manager(), agency.id(), () -> transactions.executeWithoutResult(status -> {
			outcomes.award(challenge.id(), List.of(new AwardNotice.Winner(company.name(), Money.euros("19500.00"))));
			proposalOutcomes.record(proposal, ProposalOutcome.AWARDED);
		}));
	}

	/**
	 * The pilot planned for the awarded challenge, once planned, with a milestone due
	 * today.
	 */
	private PilotCase pilot(TestBidding.Agency agency, ChallengeSummary challenge, LocalDate today) {
		org.awaitility.Awaitility.await()
			.atMost(Duration.ofMinutes(2))
			.until(() -> !pilotDirectory.contracts(challenge.id()).isEmpty());
		var reference = pilotDirectory.contracts(challenge.id()).get(0).reference();
		return bidding.as(agency.manager(), agency.id(), () -> {
			var pilot = pilotQuery.byReference(reference).pilot();
			var milestone = pilots.addMilestone(pilot.id(), pilot.version(), "Sensors fitted on the first route",
					today);
			return new PilotCase(pilot.id(), reference, pilot.version() + 1, milestone);
		});
	}

	/** The pilot as it is now, with the version the next change asks for. */
	private PilotCase current(TestBidding.Agency agency, PilotCase pilot) {
		var version = bidding.as(agency.manager(), agency.id(),
				() -> pilotQuery.byReference(pilot.reference()).pilot().version());
		return new PilotCase(pilot.id(), pilot.reference(), version, pilot.milestone());
	}

	private void awaitEvents() {
		org.awaitility.Awaitility.await()
			.atMost(Duration.ofMinutes(2))
			.until(() -> jdbc.sql("SELECT count(*) FROM event_publication WHERE completion_date IS NULL")
				.query(Long.class)
				.single() == 0);
	}

	private String consultationReference(ConsultationId id) {
		return consultationQuery.managed(id).reference();
	}

	private ConsultationDraft consultation(String title, Duration open) {
		return ConsultationDraft.of(title, "Streets are noisy at night.", List.of("What would you measure?"),
				List.of("72000000-5"), Language.ENGLISH,
				LocalDateTime.ofInstant(clock.instant().plus(open), ConsultationDraft.DEFAULT_TIME_ZONE).withNano(0));
	}

	static SolutionProfile profile(String name) {
		return SolutionProfile.builder()
			.name(name)
			.pitch("Sensors tell your crews which street bins are full.")
			.description("Each sensor clips under the lid of any street bin.")
			.problemsSolved("Half-empty bins emptied on fixed rounds.")
			.cpvCodes(List.of("48000000-8"))
			.trl(8)
			.customerReferences("Used in two towns since 2024.")
			.languages(List.of(Language.ENGLISH))
			.website("https://binsensors.example/product")
			.build();
	}

	private static String token(String link) {
		return link.substring(link.lastIndexOf('/') + 1).replaceFirst("^.*token=", "");
	}

	Instant now() {
		return clock.instant();
	}

	/**
	 * The token of the last invitation (to a panel or an organisation) sent to the
	 * address.
	 */
	String tokenSentTo(String email) {
		return token(links.get(email));
	}

}
