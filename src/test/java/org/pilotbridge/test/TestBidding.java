package org.pilotbridge.test;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;

import org.pilotbridge.challenge.ChallengeDirectory;
import org.pilotbridge.challenge.ChallengeDraft;
import org.pilotbridge.challenge.ChallengeId;
import org.pilotbridge.challenge.ChallengeManagement;
import org.pilotbridge.challenge.ChallengeSummary;
import org.pilotbridge.challenge.CriterionData;
import org.pilotbridge.challenge.CriterionType;
import org.pilotbridge.identity.AccountProvisioning;
import org.pilotbridge.identity.MembershipRole;
import org.pilotbridge.identity.OrganisationData;
import org.pilotbridge.identity.OrganisationId;
import org.pilotbridge.identity.OrganisationKind;
import org.pilotbridge.identity.OrganisationManagement;
import org.pilotbridge.identity.PersonId;
import org.pilotbridge.identity.RunAs;
import org.pilotbridge.identity.SizeClass;
import org.pilotbridge.proposal.ProposalAttachment;
import org.pilotbridge.proposal.ProposalContent;
import org.pilotbridge.proposal.ProposalId;
import org.pilotbridge.proposal.ProposalManagement;
import org.pilotbridge.proposal.ProposalQuery;
import org.pilotbridge.shared.Language;
import org.pilotbridge.shared.Money;

/**
 * Agencies, published challenges, companies and their proposals for tests and benchmarks,
 * made through the application services like real ones. Every call makes fresh people and
 * organisations, so that tests sharing a database never meet.
 */
@Component
public class TestBidding {

	public static final Money BUDGET_CAP = Money.euros(25_000);

	public static final int PILOT_WEEKS = 12;

	private final AccountProvisioning accounts;

	private final OrganisationManagement organisations;

	private final ChallengeManagement challenges;

	private final ChallengeDirectory directory;

	private final ProposalManagement proposals;

	private final ProposalQuery query;

	private final RunAs runAs;

	private final Clock clock;

	TestBidding(AccountProvisioning accounts, OrganisationManagement organisations, ChallengeManagement challenges,
			ChallengeDirectory directory, ProposalManagement proposals, ProposalQuery query, RunAs runAs, Clock clock) {
		this.accounts = accounts;
		this.organisations = organisations;
		this.challenges = challenges;
		this.directory = directory;
		this.proposals = proposals;
		this.query = query;
		this.runAs = runAs;
		this.clock = clock;
	}

	/**
	 * A verified agency with a challenge manager and a plain member, and the
	 * administrator who verified it.
	 */
	public record Agency(OrganisationId id, PersonId manager, PersonId member, PersonId admin) {
	}

	/** A company with its owner and a plain member. */
	public record Company(OrganisationId id, String name, PersonId owner, PersonId member, String ownerEmail) {
	}

	public Agency agency() {
		var run = run();
		var admin = person("admin", run, Language.ENGLISH, true);
		var manager = person("manager", run, Language.ENGLISH, false);
		var member = person("agency-member", run, Language.ENGLISH, false);
		var agency = runAs.person(manager, null, () -> organisations.register(OrganisationData
			.of(OrganisationKind.AGENCY, "Agency " + run, "BE", "Rue de la Loi 1", "1000", "Brussels", "", "", null)));
		join(agency, manager, member);
		runAs.person(admin, null, () -> organisations.verify(agency));
		return new Agency(agency, manager, member, admin);
	}

	/** A verified company whose owner speaks the language. */
	public Company company(Agency verifiedBy, Language language) {
		var company = unverifiedCompany(language);
		runAs.person(verifiedBy.admin(), null, () -> organisations.verify(company.id()));
		return company;
	}

	/** A company still waiting for verification. */
	public Company unverifiedCompany(Language language) {
		var run = run();
		var owner = person("owner", run, language, false);
		var member = person("company-member", run, language, false);
		var name = "Company " + run;
		var company = runAs.person(owner, null,
				() -> organisations.register(OrganisationData.of(OrganisationKind.COMPANY, name, "BE", "Veldstraat 1",
						"9000", "Ghent", "", TestIdentities.belgianNumber(), SizeClass.SMALL)));
		join(company, owner, member);
		return new Company(company, name, owner, member, email("owner", run));
	}

	/**
	 * A verified company whose owner is its only member, who signs in with
	 * {@link TestIdentities#PASSWORD}; for large numbers of bidders that each use the
	 * application as themselves.
	 */
	public Company soleOwnedCompany(Agency verifiedBy, Language language) {
		var run = run();
		var owner = person("owner", run, language, false);
		var name = "Company " + run;
		var company = runAs.person(owner, null,
				() -> organisations.register(OrganisationData.of(OrganisationKind.COMPANY, name, "BE", "Veldstraat 1",
						"9000", "Ghent", "", TestIdentities.belgianNumber(), SizeClass.SMALL)));
		runAs.person(verifiedBy.admin(), null, () -> organisations.verify(company));
		return new Company(company, name, owner, owner, email("owner", run));
	}

	/**
	 * Another company owned by an existing person, without a second member; for large
	 * numbers of bidders.
	 */
	public OrganisationId companyOf(PersonId owner, String name) {
		return runAs.person(owner, null, () -> organisations.register(OrganisationData.of(OrganisationKind.COMPANY,
				name, "BE", "Veldstraat 1", "9000", "Ghent", "", TestIdentities.belgianNumber(), SizeClass.SMALL)));
	}

	public PersonId person(String role, Language language, boolean platformAdmin) {
		return person(role, run(), language, platformAdmin);
	}

	/**
	 * A published challenge of the agency: budget cap EUR 25,000, a 12-week pilot, two
	 * qualitative criteria and a price criterion, questions deadline in 10 days and
	 * proposals deadline in 21.
	 */
	public ChallengeSummary challenge(Agency agency) {
		return challenge(agency, "Fewer empty school buses");
	}

	/** The same challenge under another title. */
	public ChallengeSummary challenge(Agency agency, String title) {
		var id = runAs.person(agency.manager(), agency.id(), () -> {
			var created = challenges.createDraft(agency.id(), draft(title));
			challenges.publish(created);
			return created;
		});
		return directory.challenge(id).orElseThrow();
	}

	/**
	 * A draft of the same challenge under another title, which the agency's manager may
	 * publish.
	 */
	public ChallengeId draft(Agency agency, String title) {
		return runAs.person(agency.manager(), agency.id(), () -> challenges.createDraft(agency.id(), draft(title)));
	}

	private ChallengeDraft draft(String title) {
		return ChallengeDraft.builder()
			.title(title)
			.summary("Plan school bus routes from actual ridership.")
			.problemStatement("Our school buses run half empty on rural roads.")
			.context("Twelve buses serve forty villages; routes date from 2009.")
			.expectedOutcome("Routes that follow ridership; success is 20% fewer kilometres.")
			.constraints("Pupils’ data stays in the EU.")
			.budgetCap(BUDGET_CAP)
			.pilotDurationWeeks(PILOT_WEEKS)
			.questionsDeadline(local(Duration.ofDays(10)))
			.proposalsDeadline(local(Duration.ofDays(21)))
			.criteria(List.of(
					CriterionData.of("Quality of the approach", "How well it fits our routes", 40,
							CriterionType.QUALITATIVE),
					CriterionData.of("Team", "Experience with similar pilots", 20, CriterionType.QUALITATIVE),
					CriterionData.of("Price", "The price asked", 40, CriterionType.PRICE)))
			.cpvCodes(List.of("72000000-5"))
			.languages(List.of(Language.ENGLISH))
			.build();
	}

	/** Everything a submission needs, each criterion answered. */
	public ProposalContent complete(ChallengeSummary challenge) {
		var content = ProposalContent.builder()
			.title("RouteWise")
			.summary("Routes planned every week from tap-in data.")
			.approach("We import the tap-in data, cluster the stops and re-plan the routes each week.")
			.price(Money.euros("19500.00"))
			.vatRate(new BigDecimal("21"))
			.timelineWeeks(10)
			.timeline("Weeks 1–2 data, 3–8 routes, 9–10 evaluation.")
			.team("Two planners who ran the Ghent pilot; references: De Lijn, TEC.")
			.declaresEligibility(true)
			.declaresNoConflictOfInterest(true)
			.acceptsTerms(true);
		challenge.criteria()
			.stream()
			.filter(criterion -> criterion.type() == CriterionType.QUALITATIVE)
			.forEach(criterion -> content.answer(criterion.id(), "Our answer to “" + criterion.name() + "”."));
		return content.build();
	}

	/**
	 * A proposal of the company for the challenge, started and saved with the content by
	 * its member.
	 */
	public ProposalId proposal(Company company, ChallengeSummary challenge, ProposalContent content) {
		return proposal(company.member(), company.id(), challenge, content);
	}

	public ProposalId proposal(PersonId member, OrganisationId company, ChallengeSummary challenge,
			ProposalContent content) {
		return as(member, company, () -> {
			var id = proposals.start(challenge.id());
			proposals.saveDraft(id, query.editable(id).version(), content);
			return id;
		});
	}

	public ProposalAttachment attach(Company company, ProposalId proposal, String fileName, byte[] pdf) {
		return as(company.member(), company.id(),
				() -> proposals.attach(proposal, fileName, new ByteArrayInputStream(pdf)));
	}

	public <T> T as(PersonId person, OrganisationId organisation, Supplier<T> work) {
		return runAs.person(person, organisation, work);
	}

	public void as(PersonId person, OrganisationId organisation, Runnable work) {
		runAs.person(person, organisation, work);
	}

	private LocalDateTime local(Duration after) {
		return LocalDateTime.ofInstant(clock.instant().plus(after), ChallengeDraft.DEFAULT_TIME_ZONE).withNano(0);
	}

	private PersonId person(String role, String run, Language language, boolean admin) {
		return runAs.system(
				() -> accounts.provision(role + " " + run, email(role, run), TestIdentities.PASSWORD, language, admin));
	}

	private static String email(String role, String run) {
		return role + "-" + run + "@test.example";
	}

	private void join(OrganisationId organisation, PersonId administrator, PersonId member) {
		runAs.person(member, null, () -> organisations.requestToJoin(organisation, ""));
		runAs.person(administrator, organisation, () -> organisations.pendingJoinRequests(organisation)
			.forEach(request -> organisations.approveJoinRequest(organisation, request, MembershipRole.MEMBER)));
	}

	private static String run() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

}
