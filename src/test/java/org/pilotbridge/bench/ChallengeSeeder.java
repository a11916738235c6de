package org.pilotbridge.bench;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.pilotbridge.challenge.ChallengeDraft;
import org.pilotbridge.challenge.ChallengeManagement;
import org.pilotbridge.challenge.CriterionData;
import org.pilotbridge.challenge.CriterionType;
import org.pilotbridge.identity.OrganisationId;
import org.pilotbridge.identity.PersonId;
import org.pilotbridge.identity.RunAs;
import org.pilotbridge.shared.Language;
import org.pilotbridge.shared.Money;
import org.pilotbridge.test.TestIdentities;

/**
 * Seeds published challenges through the real services (draft, then publish), in
 * parallel, one verified agency per worker, so that every event, audit entry and OCDS
 * release exists as in real life. Titles and texts combine a small vocabulary, so that a
 * word such as {@code energy} matches about one challenge in ten. Not a test:
 * {@link OpenDataBenchmark} runs it.
 */
final class ChallengeSeeder {

	static final List<String> TOPICS = List.of("energy", "water", "school", "waste", "parking", "lighting", "library",
			"housing", "health", "traffic");

	private static final List<String> VERBS = List.of("Reduce", "Measure", "Predict", "Simplify", "Share", "Improve",
			"Plan", "Monitor");

	private static final List<String> PLACES = List.of("in rural villages", "across the city", "for small towns",
			"in public buildings", "along the coast", "in the harbour", "near schools");

	private static final List<String> CPV = List.of("72000000-5", "48000000-8", "90000000-7", "34000000-7",
			"60000000-8", "79000000-4", "71000000-8", "80000000-4");

	private final TestIdentities identities;

	private final RunAs runAs;

	private final ChallengeManagement management;

	private final Clock clock;

	ChallengeSeeder(TestIdentities identities, RunAs runAs, ChallengeManagement management, Clock clock) {
		this.identities = identities;
		this.runAs = runAs;
		this.management = management;
		this.clock = clock;
	}

	/**
	 * Publishes {@code count} challenges with {@code workers} agencies in parallel;
	 * returns when all are published.
	 */
	int seed(int count, int workers) throws Exception {
		var admin = identities.platformAdmin("Bench Admin");
		var published = new AtomicInteger();
		ExecutorService pool = Executors.newFixedThreadPool(workers);
		try {
			var tasks = new ArrayList<Future<?>>();
			for (var worker = 0; worker < workers; worker++) {
				var manager = identities.person("Bench Manager " + worker);
				var agency = identities.agency(manager, "Bench agency " + worker);
				identities.verify(admin, agency);
				var first = worker;
				tasks.add(pool.submit(() -> {
					for (var n = first; n < count; n += workers) {
						publish(manager, agency, n);
						published.incrementAndGet();
					}
					return null;
				}));
			}
			for (var task : tasks) {
				task.get();
			}
		}
		finally {
			pool.shutdown();
		}
		return published.get();
	}

	private void publish(PersonId manager, OrganisationId agency, int n) {
		var topic = TOPICS.get(n % TOPICS.size());
		var title = "%s %s %s, pilot %d".formatted(VERBS.get(n % VERBS.size()), topic, PLACES.get(n % PLACES.size()),
				n);
		var draft = ChallengeDraft.builder()
			.title(title)
			.summary(
					"We look for a pilot that helps us with " + topic + " " + PLACES.get((n / 7) % PLACES.size()) + ".")
			.problemStatement("Our " + topic + " services cost too much and nobody knows where it goes.")
			.context("Pilot number " + n + " of the benchmark.")
			.expectedOutcome("A measurable improvement in " + topic + " within twelve weeks.")
			.constraints("Personal data stays in the EU.")
			.budgetCap(Money.euros(5_000 + (n % 25) * 1_000))
			.pilotDurationWeeks(4 + n % 20)
			.questionsDeadline(local(Duration.ofDays(20 + n % 30)))
			.proposalsDeadline(local(Duration.ofDays(40 + n % 60)))
			.criteria(List.of(CriterionData.of("Quality", "How well the approach fits", 70, CriterionType.QUALITATIVE),
					CriterionData.of("Price", "The price asked", 30, CriterionType.PRICE)))
			.cpvCodes(List.of(CPV.get(n % CPV.size())))
			.tags(List.of(topic))
			.languages(List.of(Language.ENGLISH))
			.build();
		runAs.person(manager, agency, () -> management.publish(management.createDraft(agency, draft)));
	}

	private LocalDateTime local(Duration after) {
		return LocalDateTime.ofInstant(clock.instant().plus(after), ChallengeDraft.DEFAULT_TIME_ZONE).withNano(0);
	}

}
