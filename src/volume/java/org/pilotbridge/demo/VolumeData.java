package org.pilotbridge.demo;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import org.pilotbridge.challenge.ChallengeDirectory;
import org.pilotbridge.challenge.ChallengeDraft;
import org.pilotbridge.challenge.ChallengeId;
import org.pilotbridge.challenge.ChallengeManagement;
import org.pilotbridge.challenge.ChallengeSummary;
import org.pilotbridge.challenge.CriterionData;
import org.pilotbridge.challenge.CriterionType;
import org.pilotbridge.demo.VolumePlan.Fate;
import org.pilotbridge.demo.VolumePlan.PlannedChallenge;
import org.pilotbridge.document.Block;
import org.pilotbridge.document.Document;
import org.pilotbridge.document.Documents;
import org.pilotbridge.evaluation.AwardManagement;
import org.pilotbridge.evaluation.Bidder;
import org.pilotbridge.evaluation.ConsensusInput;
import org.pilotbridge.evaluation.DeclarationInput;
import org.pilotbridge.evaluation.EvaluationManagement;
import org.pilotbridge.evaluation.EvaluationQuery;
import org.pilotbridge.evaluation.PanelManagement;
import org.pilotbridge.evaluation.PanelMemberInvited;
import org.pilotbridge.evaluation.PanelRole;
import org.pilotbridge.evaluation.Score;
import org.pilotbridge.identity.AccountProvisioning;
import org.pilotbridge.identity.DecisionRules;
import org.pilotbridge.identity.MembershipRole;
import org.pilotbridge.identity.OrganisationData;
import org.pilotbridge.identity.OrganisationId;
import org.pilotbridge.identity.OrganisationKind;
import org.pilotbridge.identity.OrganisationManagement;
import org.pilotbridge.identity.PersonId;
import org.pilotbridge.identity.RunAs;
import org.pilotbridge.identity.SizeClass;
import org.pilotbridge.proposal.ProposalContent;
import org.pilotbridge.proposal.ProposalManagement;
import org.pilotbridge.proposal.ProposalQuery;
import org.pilotbridge.shared.ConditionalOnEmbeddedDatabase;
import org.pilotbridge.shared.EventBacklog;
import org.pilotbridge.shared.Language;
import org.pilotbridge.shared.Money;

/**
 * Generates the volume data set on the first start of the embedded database with the profile
 * {@code volume}: at scale 1, 200 agencies, 5,000 companies, 10,000 challenges in every state of
 * their life, 50,000 proposals each with a PDF, and the evaluations and decisions of the closed
 * challenges, written in English, French, Dutch and German. Everything goes through the application
 * services as people would do it, so that every rule, event, audit entry, receipt, e-mail and open
 * data release exists as in real life.
 * <p>
 * The past year is replayed in periods: the clock is turned back to the start of a period, the
 * challenges of that period are published; it moves on three weeks and companies bid; it moves past
 * the deadlines and the panels evaluate and decide. Before the clock moves, every event of the step
 * has been handled, so that nothing published at one time is processed at another. The people of
 * the data set can sign in with the password {@value #PASSWORD}.
 *
 * @see "Design decision: docs/decisions/DD015-20261205-volume-data-set.md"
 */
@Component
@ConditionalOnEmbeddedDatabase
@ConditionalOnBooleanProperty(name = "pilotbridge.volume.enabled")
@Order(2)
class VolumeData implements FirstStartSeed {

	static final String PASSWORD = "pilotbridge-volume";

	static final String ADMIN_EMAIL = "volume-admin@pilotbridge.example";

	/** When each past period starts, in days before now; the current one starts 12 days ago. */
	private static final int[] WAVE_START_DAYS_AGO = { 330, 240, 150, 60, 12 };

	private static final int EVALUATORS = 2;

	private static final ZoneId BRUSSELS = ChallengeDraft.DEFAULT_TIME_ZONE;

	private static final Logger log = LoggerFactory.getLogger(VolumeData.class);

	private final VolumeProperties properties;

	private final AccountProvisioning accounts;

	private final OrganisationManagement organisations;

	private final ChallengeManagement challenges;

	private final ChallengeDirectory directory;

	private final ProposalManagement proposals;

	private final ProposalQuery proposalQuery;

	private final PanelManagement panels;

	private final EvaluationManagement evaluations;

	private final EvaluationQuery evaluationQuery;

	private final AwardManagement awards;

	private final Documents documents;

	private final RunAs runAs;

	private final DemoClock clock;

	private final EventBacklog events;

	private final ConfigurableApplicationContext context;

	private final Map<String, String> invitationLinks = new ConcurrentHashMap<>();

	VolumeData(VolumeProperties properties, AccountProvisioning accounts, OrganisationManagement organisations,
			ChallengeManagement challenges, ChallengeDirectory directory, ProposalManagement proposals,
			ProposalQuery proposalQuery, PanelManagement panels, EvaluationManagement evaluations,
			EvaluationQuery evaluationQuery, AwardManagement awards, Documents documents, RunAs runAs, DemoClock clock,
			EventBacklog events, ConfigurableApplicationContext context) {
		this.properties = properties;
		this.accounts = accounts;
		this.organisations = organisations;
		this.challenges = challenges;
		this.directory = directory;
		this.proposals = proposals;
		this.proposalQuery = proposalQuery;
		this.panels = panels;
		this.evaluations = evaluations;
		this.evaluationQuery = evaluationQuery;
		this.awards = awards;
		this.documents = documents;
		this.runAs = runAs;
		this.clock = clock;
		this.events = events;
		this.context = context;
	}

	/** The single-use links of panel invitations, which only the invitation e-mail carries. */
	@EventListener
	void on(PanelMemberInvited invited) {
		invitationLinks.put(invited.challenge() + " " + invited.email(), invited.link());
	}

	/** Called by {@link DemoSeeding} before the application serves anyone. */
	@Override
	public void seedOnFirstStart() {
		if (runAs.system(() -> accounts.findByEmail(ADMIN_EMAIL).isPresent())) {
			log.info("The volume data set is present already; delete the data directory to generate it again");
		}
		else {
			generate();
		}
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(Ordered.LOWEST_PRECEDENCE)
	void exitWhenDoneIfAsked() {
		if (properties.exitWhenDone()) {
			System.exit(SpringApplication.exit(context, () -> 0));
		}
	}

	void generate() {
		var plan = VolumePlan.of(properties.scale(), properties.seed());
		log.info("Generating the volume data set at scale {}: {} agencies, {} companies, {} challenges, {} proposals, {} workers",
				properties.scale(), plan.agencies(), plan.companies(), plan.challenges().size(), plan.proposals(),
				properties.workers());
		var started = System.nanoTime();
		var pool = Executors.newFixedThreadPool(properties.workers());
		try {
			var run = new Run(plan, pool, annexes());
			step("people and organisations", 365, plan.agencies() + plan.companies(), run::organisations);
			for (int wave = 0; wave < VolumePlan.PAST_WAVES; wave++) {
				var days = WAVE_START_DAYS_AGO[wave];
				var inWave = plan.inWave(wave);
				step("period " + (wave + 1) + ": publish", days, inWave.size(), () -> run.each(inWave, run::publish));
				step("period " + (wave + 1) + ": bid", days - 20, proposalsOf(inWave),
						() -> run.each(inWave, run::bid));
				step("period " + (wave + 1) + ": evaluate and decide", days - 40, inWave.size(),
						() -> run.each(inWave, run::evaluate));
			}
			var current = plan.inWave(VolumePlan.CURRENT_WAVE);
			var open = current.stream().filter(challenge -> challenge.fate() == Fate.OPEN).toList();
			var drafts = current.stream().filter(challenge -> challenge.fate() == Fate.DRAFT).toList();
			var days = WAVE_START_DAYS_AGO[VolumePlan.CURRENT_WAVE];
			step("current period: publish", days, open.size(), () -> run.each(open, run::publish));
			step("current period: bid", 4, proposalsOf(open), () -> run.each(open, run::bid));
			step("current period: drafts", 1, drafts.size(), () -> run.each(drafts, run::draft));
		}
		finally {
			pool.shutdown();
		}
		log.info("Volume data set generated in {}", minutes(System.nanoTime() - started));
	}

	/** Runs a step with the clock at the given number of days ago, then waits for its events to be handled. */
	private void step(String name, int daysAgo, int items, Runnable work) {
		var started = System.nanoTime();
		clock.ago(Duration.ofDays(daysAgo), () -> {
			work.run();
			var handled = System.nanoTime();
			awaitEvents();
			log.info("Volume step \"{}\" ({} days ago): {} items in {}, then {} for the events", name, daysAgo, items,
					minutes(handled - started), minutes(System.nanoTime() - handled));
			return null;
		});
	}

	private void awaitEvents() {
		clock.awaitEvents();
		var failed = events.failed();
		if (failed > 0) {
			log.warn("{} event publications failed; the event recovery delivers them again", failed);
		}
	}

	private static int proposalsOf(List<PlannedChallenge> planned) {
		return planned.stream().mapToInt(PlannedChallenge::proposals).sum();
	}

	private static String minutes(long nanos) {
		var seconds = nanos / 1_000_000_000L;
		return "%d min %02d s".formatted(seconds / 60, seconds % 60);
	}

	/**
	 * A few real PDFs, one short and one of several pages per language, rendered once by the
	 * document module and attached to every proposal.
	 */
	private Map<Language, List<byte[]>> annexes() {
		var annexes = new EnumMap<Language, List<byte[]>>(Language.class);
		for (var language : Language.values()) {
			var pdfs = new ArrayList<byte[]>();
			for (int pages : new int[] { 1, 4 }) {
				var blocks = new ArrayList<Block>();
				for (int i = 0; i < pages * 9; i++) {
					blocks.add(new Block.Heading(2, VolumeTexts.ANNEX_TITLE.in(language) + " " + (i + 1)));
					blocks.add(new Block.Paragraph(VolumeTexts.ANNEX_TEXT.in(language)));
				}
				pdfs.add(documents.render(new Document(VolumeTexts.ANNEX_TITLE.in(language), language, "Pilotbridge", blocks)));
			}
			annexes.put(language, List.copyOf(pdfs));
		}
		return annexes;
	}

	/** The state of one generation: who and what exists so far. */
	private final class Run {

		private final VolumePlan plan;

		private final ExecutorService pool;

		private final Map<Language, List<byte[]>> annexes;

		private final OrganisationId[] agencies;

		private final PersonId[] managers;

		private final PersonId[][] staff;

		private final OrganisationId[] companies;

		private final PersonId[] owners;

		private final Language[] companyLanguages;

		private final ChallengeId[] challengeIds;

		private PersonId admin;

		Run(VolumePlan plan, ExecutorService pool, Map<Language, List<byte[]>> annexes) {
			this.plan = plan;
			this.pool = pool;
			this.annexes = annexes;
			this.agencies = new OrganisationId[plan.agencies()];
			this.managers = new PersonId[plan.agencies()];
			this.staff = new PersonId[plan.agencies()][EVALUATORS];
			this.companies = new OrganisationId[plan.companies()];
			this.owners = new PersonId[plan.companies()];
			this.companyLanguages = new Language[plan.companies()];
			this.challengeIds = new ChallengeId[plan.challenges().size()];
		}

		/** Runs the work for every item on the worker threads; fails on the first failure. */
		<T> void each(List<T> items, Consumer<T> work) {
			var done = new AtomicInteger();
			var tasks = new ArrayList<Future<?>>(items.size());
			for (var item : items) {
				tasks.add(pool.submit(() -> {
					work.accept(item);
					var count = done.incrementAndGet();
					if (count % 1000 == 0) {
						log.info("… {} of {}", count, items.size());
					}
				}));
			}
			try {
				for (var task : tasks) {
					task.get();
				}
			}
			catch (ExecutionException failed) {
				tasks.forEach(task -> task.cancel(false));
				throw new IllegalStateException("Generating the volume data set failed", failed.getCause());
			}
			catch (InterruptedException interrupted) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("Interrupted while generating the volume data set", interrupted);
			}
		}

		void organisations() {
			admin = runAs.system(() -> accounts.provision("Volume Administrator", ADMIN_EMAIL, PASSWORD, Language.ENGLISH, true));
			each(range(plan.agencies()), this::agency);
			each(range(plan.companies()), this::company);
		}

		private void agency(int number) {
			var language = VolumePlan.agencyLanguage(number);
			var domain = "agency-%03d.volume.example".formatted(number);
			var manager = person(number * 10, "manager@" + domain, language);
			var place = place(language, number);
			var name = switch (language) {
				case ENGLISH -> "Federal Office for Public Services, " + place + " " + (number + 1);
				case FRENCH -> "Ville de " + place + " " + (number + 1);
				case DUTCH -> "Stad " + place + " " + (number + 1);
				case GERMAN -> "Gemeinde " + place + " " + (number + 1);
			};
			var agency = runAs.person(manager, null, () -> organisations.register(OrganisationData.of(OrganisationKind.AGENCY,
					name, "BE", "Grote Markt " + (1 + number % 40), "%04d".formatted(1000 + number * 7 % 8999), place,
					"https://" + domain, belgianNumber(number), null)));
			for (int i = 0; i < EVALUATORS; i++) {
				var member = person(number * 10 + 1 + i, "evaluator-" + (i + 1) + "@" + domain, language);
				runAs.person(member, null, () -> organisations.requestToJoin(agency, ""));
				staff[number][i] = member;
			}
			runAs.person(manager, agency, () -> organisations.pendingJoinRequests(agency)
				.forEach(request -> organisations.approveJoinRequest(agency, request, MembershipRole.MEMBER)));
			// Its evaluators are the agency's only staff besides the manager, so nobody
			// independent of the panels could approve: its decisions take effect unapproved.
			runAs.person(manager, agency,
					() -> organisations.setDecisionRules(agency, new DecisionRules(false, false, 10)));
			runAs.person(admin, null, () -> organisations.verify(agency));
			agencies[number] = agency;
			managers[number] = manager;
		}

		private void company(int number) {
			var language = VolumePlan.agencyLanguage(number * 7 + 3);
			var domain = "company-%04d.volume.example".formatted(number);
			var owner = person(100_000 + number, "owner@" + domain, language);
			var place = place(language, number);
			var country = switch (number % 10) {
				case 7 -> "FR";
				case 8 -> "NL";
				case 9 -> "DE";
				default -> "BE";
			};
			var legalForm = switch (country) {
				case "FR" -> "SAS";
				case "NL" -> "B.V.";
				case "DE" -> "GmbH";
				default -> language == Language.FRENCH ? "SRL" : "BV";
			};
			var identifier = switch (country) {
				case "FR" -> "FR%02d%09d".formatted(number % 100, 100_000_000 + number);
				case "NL" -> "NL%09dB01".formatted(100_000_000 + number);
				case "DE" -> "DE%09d".formatted(100_000_000 + number);
				default -> belgianNumber(10_000 + number);
			};
			var size = SizeClass.values()[number % SizeClass.values().length];
			var company = runAs.person(owner, null, () -> organisations.register(OrganisationData.of(
					OrganisationKind.COMPANY, VolumeTexts.companyName(number, place, legalForm), country,
					"Industrieweg " + (1 + number % 120), "%04d".formatted(1000 + number % 8999), place, "https://" + domain,
					identifier, size)));
			runAs.person(admin, null, () -> organisations.verify(company));
			companies[number] = company;
			owners[number] = owner;
			companyLanguages[number] = language;
		}

		private PersonId person(int number, String email, Language language) {
			return runAs.system(() -> accounts.provision(VolumeTexts.personName(number), email, PASSWORD, language, false));
		}

		void publish(PlannedChallenge planned) {
			var agency = agencies[planned.agency()];
			var manager = managers[planned.agency()];
			var id = runAs.person(manager, agency, () -> {
				var created = challenges.createDraft(agency, draftOf(planned).build());
				challenges.publish(created);
				return created;
			});
			challengeIds[planned.number()] = id;
		}

		void draft(PlannedChallenge planned) {
			var agency = agencies[planned.agency()];
			challengeIds[planned.number()] = runAs.person(managers[planned.agency()], agency,
					() -> challenges.createDraft(agency, draftOf(planned).build()));
		}

		private ChallengeDraft.Builder draftOf(PlannedChallenge planned) {
			var language = planned.language();
			var topic = VolumeTexts.TOPICS.get(planned.topic());
			var place = VolumeTexts.PLACES.get(language).get(planned.place());
			var values = Map.of("place", place, "n", String.valueOf(12 + planned.number() % 80));
			var criteria = new ArrayList<CriterionData>();
			var qualitative = planned.criteria();
			var priceWeight = 20 + 10 * (planned.number() % 3);
			var each = (100 - priceWeight) / qualitative;
			for (int i = 0; i < qualitative; i++) {
				var weight = i == 0 ? 100 - priceWeight - each * (qualitative - 1) : each;
				var criterion = VolumeTexts.CRITERIA.get(i);
				criteria.add(CriterionData.of(criterion[0].in(language), criterion[1].in(language), weight,
						CriterionType.QUALITATIVE));
			}
			criteria.add(CriterionData.of(VolumeTexts.PRICE.in(language), VolumeTexts.PRICE_DESCRIPTION.in(language),
					priceWeight, CriterionType.PRICE));
			var published = LocalDateTime.ofInstant(clock.instant(), BRUSSELS);
			var deadlineDays = planned.wave() == VolumePlan.CURRENT_WAVE ? 16 + planned.number() % 60
					: 28 + planned.number() % 8;
			var languages = planned.number() % 3 == 0 && language != Language.ENGLISH ? List.of(language, Language.ENGLISH)
					: List.of(language);
			var title = VolumeTexts.fill(topic.title().in(language), values);
			return ChallengeDraft.builder()
				.title(title.length() > 140 ? title.substring(0, 140) : title)
				.summary(topic.summary().in(language))
				.problemStatement(VolumeTexts.fill(topic.problem().in(language), values))
				.context(VolumeTexts.fill(VolumeTexts.CONTEXT.in(language), values))
				.expectedOutcome(topic.outcome().in(language))
				.constraints(VolumeTexts.CONSTRAINTS.in(language))
				.budgetCap(Money.euros(5_000 + 1_000 * (planned.number() % 26)))
				.pilotDurationWeeks(6 + planned.number() % 20)
				.questionsDeadline(published.plusDays(14).withHour(12).withMinute(0).withSecond(0).withNano(0))
				.proposalsDeadline(published.plusDays(deadlineDays).withHour(12).withMinute(0).withSecond(0).withNano(0))
				.criteria(criteria)
				.cpvCodes(List.of(topic.cpv()))
				.tags(List.of(topic.tag().in(language)))
				.languages(languages);
		}

		void bid(PlannedChallenge planned) {
			var id = challengeIds[planned.number()];
			var challenge = directory.challenge(id).orElseThrow();
			var language = planned.language();
			for (int index = 0; index < planned.proposals(); index++) {
				var number = planned.company(index, plan.companies());
				var company = companies[number];
				var owner = owners[number];
				var content = proposal(planned, challenge, number, index);
				var attachment = annexes.get(language).get((planned.number() + index) % 2);
				var fileName = VolumeTexts.ANNEX_FILE.in(language) + "-" + (index + 1) + ".pdf";
				var draftOnly = planned.staysDraft(index);
				var withdraw = planned.withdrawn(index);
				runAs.person(owner, company, () -> {
					var started = proposals.start(id);
					proposals.saveDraft(started, proposalQuery.editable(started).version(), content);
					proposals.attach(started, fileName, new ByteArrayInputStream(attachment));
					if (!draftOnly) {
						proposals.submit(started);
						if (withdraw) {
							proposals.withdraw(started);
						}
					}
				});
			}
			if (planned.fate() == Fate.WITHDRAWN) {
				runAs.person(managers[planned.agency()], agencies[planned.agency()],
						() -> challenges.withdraw(id, VolumeTexts.WITHDRAWAL.in(language)));
			}
		}

		private ProposalContent proposal(PlannedChallenge planned, ChallengeSummary challenge,
				int company, int index) {
			var language = planned.language();
			var topic = VolumeTexts.TOPICS.get(planned.topic());
			var places = VolumeTexts.PLACES.get(language);
			var place = places.get(planned.place());
			var weeks = challenge.pilotDurationWeeks() == null ? 12 : challenge.pilotDurationWeeks();
			var name = VolumeTexts.companyName(company, place(companyLanguages[company], company),
					"").strip();
			var values = Map.of("company", name, "weeks", String.valueOf(weeks), "subject", topic.subject().in(language),
					"place", place, "mid", String.valueOf(Math.max(3, weeks - 2)), "reference",
					places.get((planned.place() + 3 + index) % places.size()), "reference2",
					places.get((planned.place() + 7 + index) % places.size()));
			var budget = challenge.budgetCap() == null ? 30_000 : challenge.budgetCap().amount().intValue();
			var price = budget * (60 + (planned.number() * 7 + index * 13) % 39) / 100;
			var content = ProposalContent.builder()
				.title(name + " – " + topic.subject().in(language))
				.summary(VolumeTexts.fill(VolumeTexts.PROPOSAL_SUMMARY.in(language), values))
				.approach(VolumeTexts.APPROACH.in(language))
				.price(Money.euros(price))
				.vatRate(new BigDecimal("21"))
				.timelineWeeks(weeks)
				.timeline(VolumeTexts.fill(VolumeTexts.TIMELINE.in(language), values))
				.team(VolumeTexts.fill(VolumeTexts.TEAM.in(language), values))
				.declaresEligibility(true)
				.declaresNoConflictOfInterest(true)
				.acceptsTerms(true);
			challenge.criteria()
				.stream()
				.filter(criterion -> criterion.type() == CriterionType.QUALITATIVE)
				.forEach(criterion -> content.answer(criterion.id(), VolumeTexts.fill(VolumeTexts.ANSWER.in(language),
						Map.of("criterion", criterion.name(), "subject", topic.subject().in(language), "reference",
								values.get("reference")))));
			return content.build();
		}

		void evaluate(PlannedChallenge planned) {
			var id = challengeIds[planned.number()];
			if (!planned.fate().evaluated()) {
				// Reading the challenge closes it once its deadline has passed, as any visit would.
				directory.challenge(id);
				return;
			}
			var agency = agencies[planned.agency()];
			var manager = managers[planned.agency()];
			var language = planned.language();
			var domain = "agency-%03d.volume.example".formatted(planned.agency());
			var members = new ArrayList<PersonId>();
			for (int i = 0; i <= EVALUATORS; i++) {
				var chair = i == EVALUATORS;
				var person = chair ? manager : staff[planned.agency()][i];
				var email = chair ? "manager@" + domain : "evaluator-" + (i + 1) + "@" + domain;
				var name = VolumeTexts.personName(planned.agency() * 10 + (chair ? 0 : 1 + i));
				runAs.person(manager, agency, () -> panels.invite(id, email, name, chair ? PanelRole.CHAIR : PanelRole.EVALUATOR,
						language));
				var link = invitationLinks.remove(id + " " + email);
				runAs.person(person, null, () -> panels.accept(link.substring(link.lastIndexOf('/') + 1)));
				if (!chair) {
					members.add(person);
				}
			}
			runAs.person(manager, agency, () -> challenges.startEvaluation(id));
			var random = new SplittableRandom(properties.seed() * 31 + planned.number());
			var criteria = directory.challenge(id)
				.orElseThrow()
				.criteria()
				.stream()
				.filter(criterion -> criterion.type() == CriterionType.QUALITATIVE)
				.toList();
			for (int e = 0; e < members.size(); e++) {
				var evaluator = members.get(e);
				var bidders = runAs.person(evaluator, null, () -> evaluations.bidders(id));
				runAs.person(evaluator, null, () -> evaluations.declare(id, bidders.stream()
					.collect(Collectors.toMap(Bidder::company, bidder -> DeclarationInput.noConflict()))));
				var scoring = planned.fate() == Fate.UNDER_EVALUATION && e > 0 ? bidders.size() / 2 : bidders.size();
				for (int b = 0; b < scoring; b++) {
					var proposal = bidders.get(b).proposal();
					var scores = criteria.stream().map(criterion -> {
						var points = random.nextInt(6);
						return new Score(criterion.id(), points, VolumeTexts.fill(
								VolumeTexts.JUSTIFICATIONS.get(points / 2).in(language), Map.of("criterion", criterion.name())));
					}).toList();
					runAs.person(evaluator, null, () -> evaluations.submit(proposal, scores));
				}
			}
			if (!planned.fate().decided()) {
				return;
			}
			var bidders = runAs.person(manager, null, () -> evaluations.bidders(id));
			for (var bidder : bidders) {
				runAs.person(manager, null, () -> awards.recordConsensus(bidder.proposal(), evaluationQuery
					.consensusForm(bidder.proposal())
					.criteria()
					.stream()
					.map(scores -> new ConsensusInput(scores.criterion().id(), scores.mean(), VolumeTexts.fill(
							VolumeTexts.CONSENSUS.in(language), Map.of("criterion", scores.criterion().name())), ""))
					.toList()));
			}
			if (planned.fate() == Fate.AWARDED) {
				runAs.person(manager, null, () -> {
					var winner = evaluationQuery.ranking(id).lines().getFirst().ranked().proposal();
					awards.proposeAward(id, List.of(winner), null);
				});
			}
			else {
				runAs.person(manager, null, () -> awards.proposeNoAward(id, VolumeTexts.NO_AWARD.in(language)));
			}
		}

		private static List<Integer> range(int count) {
			return IntStream.range(0, count).boxed().toList();
		}

		private static String place(Language language, int number) {
			var places = VolumeTexts.PLACES.get(language);
			return places.get(number % places.size());
		}

		/** A Belgian enterprise number with valid check digits, different for each number. */
		private static String belgianNumber(int number) {
			var base = 1_000_000L + number * 37L;
			return "0%07d%02d".formatted(base, 97 - (base % 97));
		}

	}

}
