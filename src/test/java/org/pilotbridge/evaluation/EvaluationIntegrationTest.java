package org.pilotbridge.evaluation;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import org.pilotbridge.audit.AuditTrail;
import org.pilotbridge.challenge.Criterion;
import org.pilotbridge.identity.OrganisationId;
import org.pilotbridge.identity.PersonId;
import org.pilotbridge.proposal.ProposalId;
import org.pilotbridge.test.MutableClock;
import org.pilotbridge.test.MutableClockConfiguration;
import org.pilotbridge.test.TestBidding;
import org.pilotbridge.test.TestMail;

import static org.awaitility.Awaitility.await;

/**
 * What the evaluation module's integration tests share, so that they share one
 * application context: the module with everything it depends on, the audit trail and the
 * notifications (mails go to GreenMail), a clock tests move forward, and the fixtures.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES,
		extraIncludes = { "audit", "notification" })
@Import({ MutableClockConfiguration.class, TestBidding.class, TestEvaluation.class })
abstract class EvaluationIntegrationTest {

	@DynamicPropertySource
	static void mail(DynamicPropertyRegistry properties) {
		TestMail.register(properties);
	}

	@Autowired
	TestBidding bidding;

	@Autowired
	TestEvaluation fixtures;

	@Autowired
	PanelManagement panels;

	@Autowired
	EvaluationManagement evaluations;

	@Autowired
	EvaluationQuery query;

	@Autowired
	AwardManagement awards;

	@Autowired
	DecisionFinalisation finalisation;

	@Autowired
	AuditTrail auditTrail;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MutableClock clock;

	<T> T as(PersonId person, Supplier<T> work) {
		return bidding.as(person, null, work);
	}

	void as(PersonId person, Runnable work) {
		bidding.as(person, null, work);
	}

	/**
	 * Declares no conflict with any bidder, except a conflict with the companies given.
	 */
	void declare(TestEvaluation.Scenario scenario, PersonId member, OrganisationId... conflicts) {
		as(member, () -> {
			var bidders = evaluations.bidders(scenario.challenge().id());
			var conflicting = List.of(conflicts);
			evaluations.declare(scenario.challenge().id(),
					bidders.stream()
						.collect(Collectors.toMap(Bidder::company,
								bidder -> conflicting.contains(bidder.company())
										? DeclarationInput.conflict("I advised this company last year.")
										: DeclarationInput.noConflict())));
		});
	}

	/**
	 * Submits the same points on every qualitative criterion, with a justification long
	 * enough.
	 */
	void score(TestEvaluation.Scenario scenario, PersonId evaluator, ProposalId proposal, int... points) {
		as(evaluator, () -> evaluations.submit(proposal, scores(scenario, points)));
	}

	List<Score> scores(TestEvaluation.Scenario scenario, int... points) {
		var criteria = scenario.qualitative();
		return IntStream.range(0, criteria.size())
			.mapToObj(i -> new Score(criteria.get(i).id(), points[i],
					"Points for " + criteria.get(i).name() + ": the proposal explains its plan clearly."))
			.toList();
	}

	/**
	 * Records the consensus at the mean of the scores, with a justification for the
	 * bidder.
	 */
	void consensusAtMean(TestEvaluation.Scenario scenario, ProposalId proposal) {
		as(scenario.chair(), () -> {
			var form = query.consensusForm(proposal);
			awards.recordConsensus(proposal,
					form.criteria()
						.stream()
						.map(criterion -> new ConsensusInput(criterion.criterion().id(), criterion.mean(),
								"The panel found " + criterion.criterion().name() + " convincing at " + criterion.mean()
										+ " points.",
								""))
						.toList());
		});
	}

	Criterion criterion(TestEvaluation.Scenario scenario, String name) {
		return scenario.qualitative().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
	}

	/** The panel member who is the person, as the challenge's manager sees the panel. */
	PanelMember member(TestEvaluation.Scenario scenario, PersonId person) {
		return bidding
			.as(scenario.agency().manager(), scenario.agency().id(), () -> panels.panel(scenario.challenge().id()))
			.members()
			.stream()
			.filter(member -> person.equals(member.person()))
			.findFirst()
			.orElseThrow();
	}

	/** Removes the member as the challenge's manager. */
	void remove(TestEvaluation.Scenario scenario, PanelMember member, String reason, PanelMemberId newChair) {
		bidding.as(scenario.agency().manager(), scenario.agency().id(),
				() -> panels.remove(scenario.challenge().id(), member.id(), reason, newChair));
	}

	/**
	 * Everything the evaluation module stored about the challenge, to compare before and
	 * after a refusal.
	 */
	Map<String, List<Map<String, Object>>> observe(TestEvaluation.Scenario scenario) {
		var challenge = scenario.challenge().id().id();
		return Map.of("panel",
				jdbc.sql("SELECT * FROM evaluation_panel_member WHERE challenge_id = ? ORDER BY id")
					.param(challenge)
					.query()
					.listOfRows(),
				"removals",
				jdbc.sql("SELECT * FROM evaluation_panel_removal WHERE challenge_id = ? ORDER BY member_id")
					.param(challenge)
					.query()
					.listOfRows(),
				"awards",
				jdbc.sql("SELECT * FROM evaluation_award WHERE challenge_id = ? ORDER BY position")
					.param(challenge)
					.query()
					.listOfRows(),
				"declarations",
				jdbc.sql("SELECT * FROM evaluation_declaration WHERE challenge_id = ? ORDER BY person_id, proposal_id")
					.param(challenge)
					.query()
					.listOfRows(),
				"sheets",
				jdbc.sql("SELECT * FROM evaluation_sheet WHERE challenge_id = ? ORDER BY person_id, proposal_id")
					.param(challenge)
					.query()
					.listOfRows(),
				"scores",
				jdbc.sql(
						"SELECT s.* FROM evaluation_score s JOIN evaluation_bidder b ON b.proposal_id = s.proposal_id WHERE b.challenge_id = ? ORDER BY s.person_id, s.proposal_id, s.criterion_id")
					.param(challenge)
					.query()
					.listOfRows(),
				"consensus",
				jdbc.sql("SELECT * FROM evaluation_consensus WHERE challenge_id = ? ORDER BY proposal_id, criterion_id")
					.param(challenge)
					.query()
					.listOfRows(),
				"decision",
				jdbc.sql("SELECT * FROM evaluation_decision WHERE challenge_id = ?")
					.param(challenge)
					.query()
					.listOfRows(),
				"challenge", jdbc.sql("SELECT state FROM challenge WHERE id = ?").param(challenge).query().listOfRows(),
				"events", jdbc.sql("""
						SELECT (SELECT count(*) FROM event_publication WHERE serialized_event LIKE :id)
						     + (SELECT count(*) FROM event_publication_archive WHERE serialized_event LIKE :id) AS n
						""").param("id", "%" + challenge + "%").query().listOfRows());
	}

	void awaitEvents() {
		await().until(() -> jdbc.sql("SELECT count(*) FROM event_publication WHERE completion_date IS NULL")
			.query(Long.class)
			.single() == 0);
	}

}
