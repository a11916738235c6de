package org.pilotbridge.security;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import org.pilotbridge.catalogue.SolutionManagement;
import org.pilotbridge.catalogue.SolutionProfile;
import org.pilotbridge.catalogue.SolutionQuery;
import org.pilotbridge.challenge.ChallengeDraft;
import org.pilotbridge.challenge.ChallengeManagement;
import org.pilotbridge.challenge.ChallengeQuery;
import org.pilotbridge.challenge.ChallengeSearch;
import org.pilotbridge.challenge.ClarificationManagement;
import org.pilotbridge.challenge.ClarificationQuery;
import org.pilotbridge.challenge.CriterionData;
import org.pilotbridge.challenge.CriterionType;
import org.pilotbridge.challenge.SavedSearchFrequency;
import org.pilotbridge.challenge.SavedSearchManagement;
import org.pilotbridge.challenge.SearchCriteria;
import org.pilotbridge.consultation.ConsultationAnswering;
import org.pilotbridge.consultation.ConsultationDraft;
import org.pilotbridge.consultation.ConsultationId;
import org.pilotbridge.consultation.ConsultationManagement;
import org.pilotbridge.consultation.ConsultationQuery;
import org.pilotbridge.document.Block;
import org.pilotbridge.document.Document;
import org.pilotbridge.document.Documents;
import org.pilotbridge.evaluation.AwardManagement;
import org.pilotbridge.evaluation.ConsensusInput;
import org.pilotbridge.evaluation.EvaluationManagement;
import org.pilotbridge.evaluation.EvaluationQuery;
import org.pilotbridge.evaluation.PanelManagement;
import org.pilotbridge.evaluation.PanelRole;
import org.pilotbridge.evaluation.Score;
import org.pilotbridge.identity.OrganisationData;
import org.pilotbridge.identity.OrganisationKind;
import org.pilotbridge.identity.OrganisationManagement;
import org.pilotbridge.identity.OrganisationQuery;
import org.pilotbridge.identity.PersonManagement;
import org.pilotbridge.identity.RunAs;
import org.pilotbridge.identity.SizeClass;
import org.pilotbridge.identity.provider.LocalAccountService;
import org.pilotbridge.pilot.Milestone;
import org.pilotbridge.pilot.Pilot;
import org.pilotbridge.pilot.PilotDecision;
import org.pilotbridge.pilot.PilotManagement;
import org.pilotbridge.pilot.PilotOutcome;
import org.pilotbridge.pilot.PilotQuery;
import org.pilotbridge.pilot.PilotResults;
import org.pilotbridge.proposal.ProposalContent;
import org.pilotbridge.proposal.ProposalManagement;
import org.pilotbridge.proposal.ProposalQuery;
import org.pilotbridge.shared.InvalidInput;
import org.pilotbridge.shared.Language;
import org.pilotbridge.shared.Markdown;
import org.pilotbridge.test.PdfAssertions;
import org.pilotbridge.test.TestBidding;
import org.pilotbridge.test.TestIdentities;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every text field of every form, fed the hostile corpus ({@link HostileText}) through
 * the service the form calls, as the person who fills it in. Each value is either refused
 * with a message that exists in the four languages and changes nothing (each call runs in
 * a transaction rolled back afterwards), or stored as typed: exactly, or without the
 * control characters and unpaired surrogates no column can hold, trimmed (proposals also
 * in Unicode form C with {@code \n} line breaks, for the digest on their receipts).
 * 100,000 characters are refused everywhere. Then the corpus goes through what shows user
 * text: the Markdown renderer, whose HTML must hold no script, handler, frame or foreign
 * scheme, and the PDF renderer, which must lay every value out.
 */
@SecuritySuiteTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileTextTests {

	@Autowired
	SecurityScenario scenario;

	@Autowired
	ApplicationContext context;

	@Autowired
	RunAs runAs;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	MessageSource messages;

	@Autowired
	Documents documents;

	SecurityScenario.World w;

	@BeforeAll
	void theWorld() {
		w = scenario.world();
	}

	/**
	 * A text field of a form: who fills it in, how the form saves a value, how it is read
	 * back.
	 */
	record Field(String form, String name, Role role, Function<String, Object> write, Supplier<String> read) {
	}

	List<Field> fields() {
		var manager = Role.MANAGER;
		var company = Role.COMPANY;
		var draft = w.versions().openContent();
		var criteria = draft.criteria();
		Function<Function<ChallengeDraft.Builder, ChallengeDraft.Builder>, Function<String, Object>> challenge = change -> text -> {
			bean(ChallengeManagement.class).updateDraft(w.draft(), w.versions().draft(),
					change.apply(draft.toBuilder()).build());
			return null;
		};
		Supplier<ChallengeDraft> storedDraft = () -> bean(ChallengeQuery.class).managed(w.draft()).content();
		Function<Function<ProposalContent.Builder, ProposalContent.Builder>, Object> proposal = change -> {
			var content = bean(TestBidding.class).complete(w.open()).toBuilder();
			return bean(ProposalManagement.class).saveDraft(w.openProposal(), w.versions().openProposal(),
					change.apply(content).build());
		};
		Supplier<ProposalContent> storedProposal = () -> bean(ProposalQuery.class).editable(w.openProposal()).content();
		var qualitative = w.open()
			.criteria()
			.stream()
			.filter(c -> c.type() == CriterionType.QUALITATIVE)
			.findFirst()
			.orElseThrow();
		Function<Function<SolutionProfile.Builder, SolutionProfile.Builder>, Object> solution = change -> {
			bean(SolutionManagement.class).update(w.draftSolution(), w.versions().draftSolution(),
					change.apply(SecurityScenario.profile("Draft sensors").toBuilder()).build());
			return null;
		};
		Supplier<SolutionProfile> storedSolution = () -> bean(SolutionQuery.class).managed(w.draftSolution()).profile();
		var fields = new ArrayList<Field>();
		var holder = new String[1];
		fields.add(new Field("challenge", "title", manager, t -> challenge.apply(b -> b.title(t)).apply(t),
				() -> storedDraft.get().title()));
		fields.add(new Field("challenge", "summary", manager, t -> challenge.apply(b -> b.summary(t)).apply(t),
				() -> storedDraft.get().summary()));
		fields.add(new Field("challenge", "problem statement", manager,
				t -> challenge.apply(b -> b.problemStatement(t)).apply(t), () -> storedDraft.get().problemStatement()));
		fields.add(new Field("challenge", "context", manager, t -> challenge.apply(b -> b.context(t)).apply(t),
				() -> storedDraft.get().context()));
		fields.add(new Field("challenge", "expected outcome", manager,
				t -> challenge.apply(b -> b.expectedOutcome(t)).apply(t), () -> storedDraft.get().expectedOutcome()));
		fields.add(new Field("challenge", "constraints", manager, t -> challenge.apply(b -> b.constraints(t)).apply(t),
				() -> storedDraft.get().constraints()));
		fields.add(new Field("challenge", "criterion name", manager, t -> challenge
			.apply(b -> b.criteria(
					List.of(CriterionData.of(t, "How well it fits", 60, CriterionType.QUALITATIVE), criteria.get(2))))
			.apply(t), () -> storedDraft.get().criteria().get(0).name()));
		fields
			.add(new Field("challenge", "criterion description", manager,
					t -> challenge.apply(b -> b.criteria(
							List.of(CriterionData.of("Approach", t, 60, CriterionType.QUALITATIVE), criteria.get(2))))
						.apply(t),
					() -> storedDraft.get().criteria().get(0).description()));
		fields.add(new Field("challenge", "withdrawal reason", manager, t -> {
			bean(ChallengeManagement.class).withdraw(w.open().id(), t);
			return null;
		}, () -> bean(ChallengeQuery.class).managed(w.open().id()).withdrawalReason()));
		fields.add(new Field("clarification", "question", company,
				t -> holder[0] = bean(ClarificationManagement.class).ask(w.open().id(), t).toString(),
				() -> bean(ClarificationQuery.class).mine(w.open().id())
					.stream()
					.filter(q -> q.id().toString().equals(holder[0]))
					.findFirst()
					.orElseThrow()
					.text()));
		fields.add(new Field("clarification", "rejection reason", manager, t -> {
			bean(ClarificationManagement.class).reject(w.question(), t);
			return null;
		}, () -> runAs.person(w.company().owner(), w.company().id(),
				() -> bean(ClarificationQuery.class).mine(w.open().id())
					.stream()
					.filter(q -> q.id().equals(w.question()))
					.findFirst()
					.orElseThrow()
					.rejectionReason())));
		fields.add(new Field("proposal", "title", company, t -> proposal.apply(b -> b.title(t)),
				() -> storedProposal.get().title()));
		fields.add(new Field("proposal", "summary", company, t -> proposal.apply(b -> b.summary(t)),
				() -> storedProposal.get().summary()));
		fields.add(new Field("proposal", "approach", company, t -> proposal.apply(b -> b.approach(t)),
				() -> storedProposal.get().approach()));
		fields.add(new Field("proposal", "answer to a criterion", company,
				t -> proposal.apply(b -> b.answer(qualitative.id(), t)),
				() -> storedProposal.get().answers().get(qualitative.id())));
		fields.add(new Field("proposal", "timeline", company, t -> proposal.apply(b -> b.timeline(t)),
				() -> storedProposal.get().timeline()));
		fields.add(new Field("proposal", "team", company, t -> proposal.apply(b -> b.team(t)),
				() -> storedProposal.get().team()));
		fields.add(new Field("solution", "name", company, t -> solution.apply(b -> b.name(t)),
				() -> storedSolution.get().name()));
		fields.add(new Field("solution", "pitch", company, t -> solution.apply(b -> b.pitch(t)),
				() -> storedSolution.get().pitch()));
		fields.add(new Field("solution", "description", company, t -> solution.apply(b -> b.description(t)),
				() -> storedSolution.get().description()));
		fields.add(new Field("solution", "problems solved", company, t -> solution.apply(b -> b.problemsSolved(t)),
				() -> storedSolution.get().problemsSolved()));
		fields.add(new Field("solution", "customer references", company,
				t -> solution.apply(b -> b.customerReferences(t)), () -> storedSolution.get().customerReferences()));
		fields.add(new Field("solution", "website", company, t -> solution.apply(b -> b.website(t)),
				() -> storedSolution.get().website()));
		fields.add(new Field("consultation", "title", manager,
				t -> holder[0] = bean(ConsultationManagement.class)
					.publish(w.agency().id(), consultation(t, "Streets are noisy.", "What would you measure?"))
					.toString(),
				() -> bean(ConsultationQuery.class).managed(ConsultationId.of(holder[0])).title()));
		fields.add(new Field("consultation", "problem", manager,
				t -> holder[0] = bean(ConsultationManagement.class)
					.publish(w.agency().id(), consultation("Quiet", t, "What would you measure?"))
					.toString(),
				() -> bean(ConsultationQuery.class).managed(ConsultationId.of(holder[0])).problem()));
		fields.add(new Field("consultation", "question", manager,
				t -> holder[0] = bean(ConsultationManagement.class)
					.publish(w.agency().id(), consultation("Quiet", "Streets are noisy.", t))
					.toString(),
				() -> bean(ConsultationQuery.class).managed(ConsultationId.of(holder[0])).questions().get(0)));
		fields.add(new Field("consultation answer", "answer", company, t -> {
			bean(ConsultationAnswering.class).answer(w.openConsultation(), w.company().id(), List.of(t), true);
			return null;
		}, () -> bean(ConsultationAnswering.class).answerOf(w.openConsultation(), w.company().id())
			.orElseThrow()
			.answers()
			.get(0)));
		fields.add(new Field("evaluation", "justification", Role.EVALUATOR, t -> {
			bean(EvaluationManagement.class).saveDraft(w.closedProposal(), scores(t));
			return null;
		}, () -> bean(EvaluationQuery.class).scoring(w.closedProposal()).scores().get(0).justification()));
		fields.add(new Field("panel invitation", "name", manager,
				t -> bean(PanelManagement.class).invite(w.closed().id(),
						holder[0] = "hostile-" + UUID.randomUUID().toString().substring(0, 8) + "@test.example", t,
						PanelRole.EVALUATOR, Language.ENGLISH),
				() -> bean(PanelManagement.class).panel(w.closed().id())
					.members()
					.stream()
					.filter(m -> m.email().equals(holder[0]))
					.findFirst()
					.orElseThrow()
					.name()));
		fields.add(new Field("award decision", "justification", manager, t -> {
			everyConsensusRecorded();
			bean(AwardManagement.class).proposeAward(w.closed().id(), List.of(w.closedProposal()), t);
			return null;
		}, () -> bean(EvaluationQuery.class).ranking(w.closed().id()).decision().justification()));
		fields.add(new Field("award decision", "reason for no award", manager, t -> {
			everyConsensusRecorded();
			bean(AwardManagement.class).proposeNoAward(w.closed().id(), t);
			return null;
		}, () -> bean(ChallengeQuery.class).awardNotice(w.closed().id()).orElseThrow().reason()));
		fields.add(new Field("panel removal", "reason", manager, t -> {
			bean(PanelManagement.class).remove(w.closed().id(), w.panel().waiting(), t, null);
			return null;
		}, () -> bean(PanelManagement.class).removals(w.closed().id())
			.stream()
			.filter(r -> r.member().id().equals(w.panel().waiting()))
			.findFirst()
			.orElseThrow()
			.reason()));
		var planned = w.plannedPilot();
		var running = w.runningPilot();
		var ended = w.endedPilot();
		Function<SecurityScenario.PilotCase, Supplier<Pilot>> storedPilot = pilot -> () -> bean(PilotQuery.class)
			.byReference(pilot.reference())
			.pilot();
		var number = new int[1];
		Supplier<String> storedMilestone = () -> storedPilot.apply(planned)
			.get()
			.milestones()
			.stream()
			.filter(m -> m.number() == number[0])
			.findFirst()
			.map(Milestone::title)
			.orElseThrow();
		fields.add(new Field("pilot", "milestone title", manager, t -> number[0] = bean(PilotManagement.class)
			.addMilestone(planned.id(), planned.version(), t, today().plusWeeks(2)), storedMilestone));
		fields.add(new Field("pilot", "milestone title, changed", manager, t -> {
			bean(PilotManagement.class).changeMilestone(planned.id(), planned.version(),
					number[0] = planned.milestone(), t, today());
			return null;
		}, storedMilestone));
		fields.add(new Field("pilot", "stop reason", manager, t -> {
			bean(PilotManagement.class).stop(running.id(), running.version(), t);
			return null;
		}, () -> storedPilot.apply(running).get().stopReason().orElseThrow()));
		fields.add(new Field("pilot", "lessons learned, on completion", manager, t -> {
			bean(PilotManagement.class).complete(running.id(), running.version(), today(), results(t));
			return null;
		}, () -> storedPilot.apply(running).get().lessons()));
		fields.add(new Field("pilot", "lessons learned, corrected", manager, t -> {
			bean(PilotManagement.class).recordResults(ended.id(), ended.version(), results(t));
			return null;
		}, () -> storedPilot.apply(ended).get().lessons()));
		fields.add(new Field("pilot", "company account", company, t -> {
			bean(PilotManagement.class).writeAccount(ended.id(), ended.version(), t);
			return null;
		}, () -> storedPilot.apply(ended).get().companyAccount()));
		fields.add(new Field("organisation", "name", company, t -> {
			bean(OrganisationManagement.class).update(w.company().id(), organisation(t, "Veldstraat 1", "Ghent"));
			return null;
		}, () -> bean(OrganisationQuery.class).details(w.company().id()).summary().name()));
		fields.add(new Field("organisation", "street", company, t -> {
			bean(OrganisationManagement.class).update(w.company().id(), organisation(w.company().name(), t, "Ghent"));
			return null;
		}, () -> bean(OrganisationQuery.class).details(w.company().id()).street()));
		fields.add(new Field("organisation", "city", company, t -> {
			bean(OrganisationManagement.class).update(w.company().id(),
					organisation(w.company().name(), "Veldstraat 1", t));
			return null;
		}, () -> bean(OrganisationQuery.class).details(w.company().id()).summary().city()));
		fields.add(new Field("join request", "message", Role.OTHER_COMPANY, t -> {
			bean(OrganisationManagement.class).requestToJoin(w.company().id(), t);
			return null;
		}, () -> runAs.person(w.company().owner(), w.company().id(),
				() -> bean(OrganisationQuery.class).details(w.company().id())
					.joinRequests()
					.stream()
					.filter(r -> r.person().equals(w.otherCompany().owner()))
					.findFirst()
					.orElseThrow()
					.message())));
		fields.add(new Field("profile", "name", company, t -> {
			bean(PersonManagement.class).updateProfile(t, Language.ENGLISH);
			return null;
		}, () -> bean(PersonManagement.class).me().displayName()));
		fields.add(new Field("saved search", "name", company,
				t -> holder[0] = bean(SavedSearchManagement.class)
					.save(t, SearchCriteria.text("bus"), SavedSearchFrequency.DAILY)
					.toString(),
				() -> bean(SavedSearchManagement.class).mine()
					.stream()
					.filter(s -> s.id().toString().equals(holder[0]))
					.findFirst()
					.orElseThrow()
					.name()));
		fields.add(new Field("search", "words", Role.ANONYMOUS,
				t -> bean(ChallengeSearch.class).search(SearchCriteria.text(t), 0, 10), () -> null));
		fields.add(new Field("account registration", "name", Role.ANONYMOUS, t -> {
			holder[0] = "hostile-" + UUID.randomUUID().toString().substring(0, 8) + "@test.example";
			bean(LocalAccountService.class).register(t, holder[0], TestIdentities.PASSWORD, Language.ENGLISH);
			return null;
		}, () -> bean(LocalAccountService.class)
			.account(UUID
				.fromString(bean(LocalAccountService.class).loadUserByUsernameOptional(holder[0]).orElseThrow()))
			.orElseThrow()
			.displayName()));
		return fields;
	}

	@Test
	void everyTextFieldRefusesWithATranslatedMessageOrStoresWhatWasTyped() {
		var problems = new ArrayList<String>();
		for (var field : fields()) {
			for (var payload : HostileText.CORPUS.entrySet()) {
				var outcome = inRolledBackTransaction(() -> as(field.role(), () -> {
					try {
						field.write().apply(payload.getValue());
					}
					catch (InvalidInput refused) {
						return untranslated(refused)
							.map(key -> "refused with a message missing in some language: " + key)
							.orElse("refused");
					}
					catch (RuntimeException failed) {
						return "failed: " + failed;
					}
					var stored = field.read().get();
					if ("search".equals(field.form())) {
						return "stored";
					}
					if (stored == null || !(stored.equals(payload.getValue())
							|| stored.equals(HostileText.cleaned(payload.getValue())) || "proposal".equals(field.form())
									&& stored.equals(HostileText.canonical(payload.getValue())))) {
						return "stored differently: " + abbreviate(stored);
					}
					return "stored";
				}));
				if (outcome.startsWith("failed") || outcome.startsWith("stored differently")
						|| outcome.startsWith("refused with")) {
					problems.add(field.form() + " / " + field.name() + " / " + payload.getKey() + ": " + outcome);
				}
				if (payload.getKey().equals("100,000 characters") && !outcome.startsWith("refused")
						&& !"search".equals(field.form())) {
					problems
						.add(field.form() + " / " + field.name() + " / 100,000 characters: accepted, no length limit");
				}
			}
		}
		assertThat(problems).as("Text fields that did not refuse with a translated message or store what was typed")
			.isEmpty();
	}

	@Test
	void markdownNeverRendersScriptsHandlersFramesOrForeignSchemes() {
		for (var payload : HostileText.CORPUS.entrySet()) {
			var html = Jsoup.parseBodyFragment(Markdown.toSafeHtml(payload.getValue()));
			assertThat(html.select("script, style, iframe, object, embed, svg, img, form, input, base, meta, link"))
				.as(payload.getKey())
				.isEmpty();
			html.getAllElements().forEach(element -> element.attributes().forEach(attribute -> {
				assertThat(attribute.getKey()).as(payload.getKey()).doesNotStartWithIgnoringCase("on");
				if (attribute.getKey().equals("href") || attribute.getKey().equals("src")) {
					assertThat(attribute.getValue()).as(payload.getKey()).matches("(?i)(https?:|mailto:|#|/).*");
				}
			}));
		}
	}

	@Test
	void pdfsLayOutEveryValueAsText() {
		for (var payload : HostileText.CORPUS.entrySet()) {
			var value = payload.getValue();
			var pdf = documents.render(new Document(value, Language.ENGLISH, value,
					List.of(new Block.Heading(1, value), new Block.Paragraph(value))));
			var text = PdfAssertions.text(pdf);
			if (payload.getKey().equals("script tag") || payload.getKey().equals("SQL injection")) {
				assertThat(text).as(payload.getKey()).contains(value);
			}
			assertThat(text).as(payload.getKey()).isNotBlank();
		}
	}

	private Optional<String> untranslated(InvalidInput refused) {
		for (var problem : refused.problems()) {
			for (var language : Language.values()) {
				var message = messages.getMessage(problem.messageKey(), problem.arguments().toArray(), null,
						language.locale());
				if (message == null || message.isBlank() || message.equals(problem.messageKey())) {
					return Optional.of(problem.messageKey() + " in " + language);
				}
			}
		}
		return Optional.empty();
	}

	private List<Score> scores(String justification) {
		return w.closed()
			.criteria()
			.stream()
			.filter(criterion -> criterion.type() == CriterionType.QUALITATIVE)
			.map(criterion -> new Score(criterion.id(), 3, justification))
			.toList();
	}

	/**
	 * Brings the challenge under evaluation to its decision, within the caller's
	 * transaction: the evaluator submits scores, the chair records the consensus at their
	 * mean.
	 */
	private void everyConsensusRecorded() {
		runAs.person(w.actor(Role.EVALUATOR).person(), null, () -> bean(EvaluationManagement.class)
			.submit(w.closedProposal(), scores("The approach fits our routes and is explained clearly.")));
		bean(AwardManagement.class).recordConsensus(w.closedProposal(),
				scores("The panel agreed the approach fits our routes well.").stream()
					.map(score -> new ConsensusInput(score.criterion(), score.points(), score.justification(), ""))
					.toList());
	}

	private static PilotResults results(String lessons) {
		return new PilotResults(PilotOutcome.PARTLY_SUCCEEDED, lessons, PilotDecision.SCALE_UP);
	}

	/** Today in the challenges' zone, by the application's clock. */
	private LocalDate today() {
		return LocalDate.ofInstant(scenario.now(), ChallengeDraft.DEFAULT_TIME_ZONE);
	}

	private ConsultationDraft consultation(String title, String problem, String question) {
		return ConsultationDraft.of(title, problem, List.of(question), List.of("72000000-5"), Language.ENGLISH,
				LocalDateTime.ofInstant(scenario.now().plus(Duration.ofDays(20)), ConsultationDraft.DEFAULT_TIME_ZONE)
					.withNano(0));
	}

	private static OrganisationData organisation(String name, String street, String city) {
		return OrganisationData.of(OrganisationKind.COMPANY, name, "BE", street, "9000", city, "",
				TestIdentities.belgianNumber(), SizeClass.SMALL);
	}

	private <T> T bean(Class<T> type) {
		return context.getBean(type);
	}

	private String as(Role role, Supplier<String> work) {
		var actor = w.actor(role);
		if (actor.person() == null) {
			return work.get();
		}
		return runAs.person(actor.person(), actor.organisation(), work);
	}

	private <T> T inRolledBackTransaction(Supplier<T> work) {
		return new TransactionTemplate(transactions).execute(status -> {
			status.setRollbackOnly();
			return work.get();
		});
	}

	private static String abbreviate(String text) {
		if (text == null) {
			return "nothing";
		}
		var shown = text.length() > 60 ? text.substring(0, 60) + "… (" + text.length() + " characters)" : text;
		return shown.chars()
			.mapToObj(c -> c < 32 || c >= 0x7f && c < 0xa0 || Character.isSurrogate((char) c) ? "\\u%04x".formatted(c)
					: String.valueOf((char) c))
			.collect(Collectors.joining());
	}

}
