package org.pilotbridge.bench;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.event.EventListener;

import org.pilotbridge.PilotbridgeApplication;
import org.pilotbridge.challenge.ChallengeDirectory;
import org.pilotbridge.challenge.ChallengeDraft;
import org.pilotbridge.challenge.ChallengeManagement;
import org.pilotbridge.challenge.CriterionData;
import org.pilotbridge.challenge.CriterionType;
import org.pilotbridge.evaluation.AwardManagement;
import org.pilotbridge.evaluation.Bidder;
import org.pilotbridge.evaluation.ConsensusInput;
import org.pilotbridge.evaluation.DeclarationInput;
import org.pilotbridge.evaluation.EvaluationLetters;
import org.pilotbridge.evaluation.EvaluationManagement;
import org.pilotbridge.evaluation.EvaluationQuery;
import org.pilotbridge.evaluation.PanelManagement;
import org.pilotbridge.evaluation.PanelMemberInvited;
import org.pilotbridge.evaluation.PanelRole;
import org.pilotbridge.evaluation.Score;
import org.pilotbridge.identity.OrganisationDirectory;
import org.pilotbridge.identity.PersonId;
import org.pilotbridge.proposal.ProposalId;
import org.pilotbridge.proposal.ProposalManagement;
import org.pilotbridge.shared.Language;
import org.pilotbridge.shared.Money;
import org.pilotbridge.test.MutableClock;
import org.pilotbridge.test.MutableClockConfiguration;
import org.pilotbridge.test.TestBidding;

/**
 * Measures the ranking and the evaluation report of a large evaluation: 200 proposals, 5
 * evaluators and 8 criteria (7 scored by the panel, 1 price), that is 7,000 individual
 * scores with their justifications and 1,400 consensus scores. Not a test: run it by hand
 * (see docs/benchmarks.md).
 * <p>
 * It starts the whole application on a throw-away embedded PostgreSQL, builds the
 * evaluation through the real services (proposals submitted, panel invited and joined,
 * declarations, scores, consensus), then times {@link EvaluationQuery#ranking} and
 * {@link EvaluationLetters#report} as the chair calls them: each read loads everything
 * recorded from the database, ranks, and (for the report) lays out and writes the
 * PDF/A-3b.
 */
public final class EvaluationBenchmark {

	private static final int PROPOSALS = intProperty("bench.proposals", 200);

	private static final int EVALUATORS = intProperty("bench.evaluators", 5);

	private static final int QUALITATIVE = intProperty("bench.criteria", 8) - 1;

	private static final int RANKING_ROUNDS = intProperty("bench.ranking-rounds", 30);

	private static final int REPORT_ROUNDS = intProperty("bench.report-rounds", 3);

	private EvaluationBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		try (var context = new SpringApplicationBuilder(PilotbridgeApplication.class, TestBidding.class,
				MutableClockConfiguration.class, Invitations.class)
			.run("--server.port=0", "--pilotbridge.demo.enabled=false", "--logging.level.root=WARN",
					"--pilotbridge.embedded-database.data-directory=",
					"--pilotbridge.embedded-database.database-name=bench",
					"--spring.main.allow-bean-definition-overriding=true")) {
			var bidding = context.getBean(TestBidding.class);
			var clock = context.getBean(MutableClock.class);
			var challenges = context.getBean(ChallengeManagement.class);
			var directory = context.getBean(ChallengeDirectory.class);
			var proposals = context.getBean(ProposalManagement.class);
			var panels = context.getBean(PanelManagement.class);
			var evaluations = context.getBean(EvaluationManagement.class);
			var awards = context.getBean(AwardManagement.class);
			var query = context.getBean(EvaluationQuery.class);
			var letters = context.getBean(EvaluationLetters.class);
			var people = context.getBean(OrganisationDirectory.class);
			var invitations = context.getBean(Invitations.class);
			var random = new Random(42);

			var seeding = System.nanoTime();
			var agency = bidding.agency();
			var criteria = new ArrayList<CriterionData>();
			var qualitativeWeight = 70 / QUALITATIVE;
			for (int i = 0; i < QUALITATIVE; i++) {
				var weight = i == 0 ? 70 - qualitativeWeight * (QUALITATIVE - 1) : qualitativeWeight;
				criteria.add(CriterionData.of("Criterion " + (i + 1), "What criterion " + (i + 1) + " asks", weight,
						CriterionType.QUALITATIVE));
			}
			criteria.add(CriterionData.of("Price", "The price asked", 30, CriterionType.PRICE));
			var deadline = LocalDateTime
				.ofInstant(clock.instant().plus(Duration.ofDays(21)), ChallengeDraft.DEFAULT_TIME_ZONE)
				.withNano(0);
			var draft = ChallengeDraft.builder()
				.title("Fewer empty school buses")
				.summary("Plan school bus routes from actual ridership.")
				.problemStatement("Our school buses run half empty on rural roads.")
				.context("Twelve buses serve forty villages; routes date from 2009.")
				.expectedOutcome("Routes that follow ridership.")
				.constraints("Pupils’ data stays in the EU.")
				.budgetCap(TestBidding.BUDGET_CAP)
				.pilotDurationWeeks(TestBidding.PILOT_WEEKS)
				.questionsDeadline(deadline.minusDays(11))
				.proposalsDeadline(deadline)
				.criteria(criteria)
				.cpvCodes(List.of("72000000-5"))
				.languages(List.of(Language.ENGLISH))
				.build();
			var challengeId = bidding.as(agency.manager(), agency.id(), () -> {
				var created = challenges.createDraft(agency.id(), draft);
				challenges.publish(created);
				return created;
			});
			var challenge = directory.challenge(challengeId).orElseThrow();
			var bidder = bidding.person("bidder", Language.ENGLISH, false);
			for (int i = 0; i < PROPOSALS; i++) {
				var company = bidding.companyOf(bidder, "Bench company " + i);
				var content = bidding.complete(challenge)
					.toBuilder()
					.price(Money.euros(10_000 + random.nextInt(14_000) + ".00"))
					.build();
				var proposal = bidding.proposal(bidder, company, challenge, content);
				bidding.as(bidder, company, () -> proposals.submit(proposal));
			}
			var evaluators = new ArrayList<PersonId>();
			for (int i = 0; i <= EVALUATORS; i++) {
				var person = i == EVALUATORS ? agency.manager() : bidding.person("evaluator", Language.ENGLISH, false);
				var name = "Member " + i;
				var email = people.person(person).orElseThrow().email();
				var role = i == EVALUATORS ? PanelRole.CHAIR : PanelRole.EVALUATOR;
				bidding.as(agency.manager(), agency.id(),
						() -> panels.invite(challengeId, email, name, role, Language.ENGLISH));
				var link = invitations.links.get(email);
				bidding.as(person, null, () -> panels.accept(link.substring(link.lastIndexOf('/') + 1)));
				if (i < EVALUATORS) {
					evaluators.add(person);
				}
			}
			clock.set(challenge.proposalsOpenAt());
			bidding.as(agency.manager(), agency.id(), () -> challenges.startEvaluation(challengeId));
			var qualitative = challenge.criteria().stream().filter(c -> c.type() == CriterionType.QUALITATIVE).toList();
			List<ProposalId> submitted = List.of();
			for (var evaluator : evaluators) {
				var bidders = bidding.as(evaluator, null, () -> evaluations.bidders(challengeId));
				submitted = bidders.stream().map(Bidder::proposal).toList();
				bidding.as(evaluator, null, () -> evaluations.declare(challengeId, bidders.stream()
					.collect(Collectors.toMap(Bidder::company, b -> DeclarationInput.noConflict()))));
				for (var proposal : submitted) {
					var scores = qualitative.stream()
						.map(c -> new Score(c.id(), random.nextInt(6),
								"The proposal addresses " + c.name()
										+ " with a concrete, costed plan and two references."))
						.toList();
					bidding.as(evaluator, null, () -> evaluations.submit(proposal, scores));
				}
			}
			for (var proposal : submitted) {
				bidding.as(agency.manager(), null, () -> awards.recordConsensus(proposal, query.consensusForm(proposal)
					.criteria()
					.stream()
					.map(c -> new ConsensusInput(c.criterion().id(), c.mean(),
							"The panel agrees the plan for " + c.criterion().name() + " is concrete and costed.", ""))
					.toList()));
			}
			System.out.printf(Locale.ROOT, "Seeded %d proposals, %d evaluators, %d criteria (%d scores) in %.1f s%n",
					PROPOSALS, EVALUATORS, QUALITATIVE + 1, PROPOSALS * EVALUATORS * QUALITATIVE,
					(System.nanoTime() - seeding) / 1e9);

			var ranking = time(RANKING_ROUNDS,
					() -> bidding.as(agency.manager(), null, () -> query.ranking(challengeId)));
			report("ranking (load everything, rank 200)", ranking);
			var size = new long[1];
			var reports = time(REPORT_ROUNDS,
					() -> size[0] = bidding.as(agency.manager(), null, () -> letters.report(challengeId)).pdf().length);
			report("evaluation report before the decision (PDF/A-3b)", reports);
			var top = bidding.as(agency.manager(), null, () -> query.ranking(challengeId))
				.lines()
				.getFirst()
				.ranked()
				.proposal();
			bidding.as(agency.manager(), null, () -> awards.proposeAward(challengeId, List.of(top), null));
			var finalReports = time(REPORT_ROUNDS,
					() -> size[0] = bidding.as(agency.manager(), null, () -> letters.report(challengeId)).pdf().length);
			report("evaluation report after the decision (PDF/A-3b)", finalReports);
			System.out.printf(Locale.ROOT, "report size: %.1f kB%n", size[0] / 1024.0);
			var letter = time(REPORT_ROUNDS, () -> letters.letter(top, Language.ENGLISH));
			report("one bidder's letter (PDF/A-3b)", letter);
		}
	}

	private static List<Long> time(int rounds, Runnable work) {
		work.run();
		var nanos = new ArrayList<Long>();
		for (int i = 0; i < rounds; i++) {
			var started = System.nanoTime();
			work.run();
			nanos.add(System.nanoTime() - started);
		}
		return nanos;
	}

	private static void report(String what, List<Long> nanos) {
		var sorted = new ArrayList<>(nanos);
		Collections.sort(sorted);
		System.out.printf(Locale.ROOT, "%-50s n=%d; ms: min %.1f, median %.1f, max %.1f%n", what, sorted.size(),
				sorted.getFirst() / 1e6, sorted.get(sorted.size() / 2) / 1e6, sorted.getLast() / 1e6);
	}

	private static int intProperty(String name, int defaultValue) {
		return Integer.parseInt(System.getProperty(name, String.valueOf(defaultValue)));
	}

	/** Keeps the invitation links, which only the invitation e-mail carries. */
	static class Invitations {

		final Map<String, String> links = new ConcurrentHashMap<>();

		@EventListener
		void on(PanelMemberInvited event) {
			links.put(event.email(), event.link());
		}

	}

}
