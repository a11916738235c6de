package org.pilotbridge.evaluation;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import org.pilotbridge.challenge.ChallengeDirectory;
import org.pilotbridge.challenge.ChallengeDraft;
import org.pilotbridge.challenge.ChallengeManagement;
import org.pilotbridge.challenge.CriterionData;
import org.pilotbridge.challenge.ChallengeSummary;
import org.pilotbridge.challenge.Criterion;
import org.pilotbridge.challenge.CriterionType;
import org.pilotbridge.identity.DecisionRules;
import org.pilotbridge.identity.OrganisationDirectory;
import org.pilotbridge.identity.OrganisationManagement;
import org.pilotbridge.identity.PersonId;
import org.pilotbridge.identity.PlatformSettings;
import org.pilotbridge.proposal.ProposalId;
import org.pilotbridge.proposal.ProposalManagement;
import org.pilotbridge.shared.Language;
import org.pilotbridge.shared.Money;
import org.pilotbridge.test.MutableClock;
import org.pilotbridge.test.TestBidding;

/**
 * Closed challenges under evaluation, with three bidders and a panel of three evaluators
 * chaired by the agency's challenge manager, made through the application services like
 * real ones.
 */
@Component
public class TestEvaluation {

	static final String[] PRICES = { "19500.00", "18000.00", "21000.00" };

	private final TestBidding bidding;

	private final ProposalManagement proposals;

	private final ChallengeManagement challenges;

	private final PanelManagement panels;

	/**
	 * A {@link MutableClock} where the tests using this fixture import one; any clock
	 * elsewhere.
	 */
	private final Clock clock;

	private final Map<String, String> invitationLinks = new ConcurrentHashMap<>();

	private final ChallengeDirectory directory;

	private final OrganisationDirectory people;

	private final PlatformSettings settings;

	private final OrganisationManagement organisations;

	TestEvaluation(TestBidding bidding, ProposalManagement proposals, ChallengeManagement challenges,
			ChallengeDirectory directory, PanelManagement panels, OrganisationDirectory people,
			PlatformSettings settings, OrganisationManagement organisations, Clock clock) {
		this.settings = settings;
		this.organisations = organisations;
		this.directory = directory;
		this.people = people;
		this.bidding = bidding;
		this.proposals = proposals;
		this.challenges = challenges;
		this.panels = panels;
		this.clock = clock;
	}

	@EventListener
	void on(PanelMemberInvited event) {
		invitationLinks.put(event.email(), event.link());
	}

	/**
	 * A challenge (approach 40, team 20, price 40; scale 0–5), three companies with a
	 * proposal each at {@link #PRICES}, and a panel: the challenge manager chairs, three
	 * evaluators score.
	 */
	public Scenario scenario() {
		return scenario(0);
	}

	/** The same, with a standstill period. */
	Scenario scenario(int standstillDays) {
		return scenario(standstillDays, 1);
	}

	/** The same, with a standstill period and several pilots to award. */
	Scenario scenario(int standstillDays, int pilotsToAward) {
		return scenario(standstillDays, pilotsToAward, false);
	}

	/**
	 * The same, where the third company may be one still waiting for verification when it
	 * submits (allowed by the platform, as by default).
	 */
	Scenario scenario(int standstillDays, int pilotsToAward, boolean lastUnverified) {
		return scenario(standstillDays, pilotsToAward, lastUnverified, false);
	}

	/**
	 * The same, for an agency that wants its awards approved (as agencies do by default):
	 * its plain member is its authorising officer, on no panel.
	 */
	public Scenario scenarioWithApproval(int standstillDays) {
		return scenario(standstillDays, 1, false, true);
	}

	/**
	 * The scenarios of the other tests take their decisions without approval, as agencies
	 * may choose, so that a decision's letters go out at once.
	 */
	private Scenario scenario(int standstillDays, int pilotsToAward, boolean lastUnverified, boolean approval) {
		var agency = bidding.agency();
		bidding.as(agency.manager(), agency.id(), () -> {
			organisations.setDecisionRules(agency.id(), new DecisionRules(approval, false, 10));
			organisations.appointAuthorisingOfficer(agency.id(), agency.member(), approval);
		});
		var challenge = challenge(agency, standstillDays, pilotsToAward);
		var companies = new ArrayList<TestBidding.Company>();
		var submitted = new ArrayList<ProposalId>();
		for (var i = 0; i < PRICES.length; i++) {
			var unverified = lastUnverified && i == PRICES.length - 1;
			var company = unverified ? bidding.unverifiedCompany(Language.ENGLISH)
					: bidding.company(agency, Language.ENGLISH);
			var content = bidding.complete(challenge).toBuilder().price(Money.euros(PRICES[i])).build();
			var proposal = bidding.proposal(company, challenge, content);
			var allowed = settings.allowUnverifiedCompanies();
			if (unverified && !allowed) {
				bidding.as(agency.admin(), null, () -> settings.allowUnverifiedCompanies(true));
			}
			try {
				bidding.as(company.member(), company.id(), () -> proposals.submit(proposal));
			}
			finally {
				if (unverified && !allowed) {
					bidding.as(agency.admin(), null, () -> settings.allowUnverifiedCompanies(false));
				}
			}
			companies.add(company);
			submitted.add(proposal);
		}
		var evaluators = new ArrayList<PersonId>();
		for (var i = 1; i <= 3; i++) {
			evaluators.add(join(agency, challenge, bidding.person("evaluator-" + i, Language.ENGLISH, false),
					"Evaluator " + i, PanelRole.EVALUATOR));
		}
		join(agency, challenge, agency.manager(), "The chair", PanelRole.CHAIR);
		return new Scenario(agency, challenge, List.copyOf(companies), List.copyOf(submitted), agency.manager(),
				List.copyOf(evaluators));
	}

	private ChallengeSummary challenge(TestBidding.Agency agency, int standstillDays, int pilotsToAward) {
		var draft = ChallengeDraft.builder()
			.title("Fewer empty school buses")
			.summary("Plan school bus routes from actual ridership.")
			.problemStatement("Our school buses run half empty on rural roads.")
			.context("Twelve buses serve forty villages; routes date from 2009.")
			.expectedOutcome("Routes that follow ridership; success is 20% fewer kilometres.")
			.constraints("Pupils’ data stays in the EU.")
			.budgetCap(TestBidding.BUDGET_CAP)
			.pilotDurationWeeks(TestBidding.PILOT_WEEKS)
			.questionsDeadline(local(Duration.ofDays(10)))
			.proposalsDeadline(local(Duration.ofDays(21)))
			.criteria(List.of(
					CriterionData.of("Quality of the approach", "How well it fits our routes", 40,
							CriterionType.QUALITATIVE),
					CriterionData.of("Team", "Experience with similar pilots", 20, CriterionType.QUALITATIVE),
					CriterionData.of("Price", "The price asked", 40, CriterionType.PRICE)))
			.cpvCodes(List.of("72000000-5"))
			.languages(List.of(Language.ENGLISH))
			.standstillDays(standstillDays)
			.pilotsToAward(pilotsToAward)
			.build();
		var id = bidding.as(agency.manager(), agency.id(), () -> {
			var created = challenges.createDraft(agency.id(), draft);
			challenges.publish(created);
			return created;
		});
		return directory.challenge(id).orElseThrow();
	}

	private LocalDateTime local(Duration after) {
		return LocalDateTime.ofInstant(clock.instant().plus(after), ChallengeDraft.DEFAULT_TIME_ZONE).withNano(0);
	}

	/**
	 * Moves the clock to the opening of the proposals, after the deadline, and has the
	 * manager start the evaluation.
	 */
	public void close(Scenario scenario) {
		((MutableClock) clock).set(scenario.challenge().proposalsOpenAt());
		bidding.as(scenario.agency().manager(), scenario.agency().id(),
				() -> challenges.startEvaluation(scenario.challenge().id()));
	}

	/**
	 * Invites the person at the address of their account, as the chair would, and has
	 * them accept.
	 */
	PersonId join(TestBidding.Agency agency, ChallengeSummary challenge, PersonId person, String name, PanelRole role) {
		var email = people.person(person).orElseThrow().email();
		bidding.as(agency.manager(), agency.id(),
				() -> panels.invite(challenge.id(), email, name, role, Language.ENGLISH));
		var link = invitationLinks.get(email);
		var token = link.substring(link.lastIndexOf('/') + 1);
		bidding.as(person, null, () -> panels.accept(token));
		return person;
	}

	String invitationLink(String email) {
		return invitationLinks.get(email);
	}

	public record Scenario(TestBidding.Agency agency, ChallengeSummary challenge, List<TestBidding.Company> companies,
			List<ProposalId> proposals, PersonId chair, List<PersonId> evaluators) {

		public List<Criterion> qualitative() {
			return challenge.criteria().stream().filter(c -> c.type() == CriterionType.QUALITATIVE).toList();
		}

	}

}
