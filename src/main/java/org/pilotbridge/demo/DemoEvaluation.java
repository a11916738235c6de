package org.pilotbridge.demo;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

import org.pilotbridge.challenge.ChallengeDirectory;
import org.pilotbridge.challenge.ChallengeDraft;
import org.pilotbridge.challenge.ChallengeId;
import org.pilotbridge.challenge.ChallengeManagement;
import org.pilotbridge.challenge.CriterionData;
import org.pilotbridge.challenge.CriterionType;
import org.pilotbridge.evaluation.PanelManagement;
import org.pilotbridge.evaluation.PanelRole;
import org.pilotbridge.identity.AccountProvisioning;
import org.pilotbridge.identity.MembershipRole;
import org.pilotbridge.identity.OrganisationId;
import org.pilotbridge.identity.OrganisationManagement;
import org.pilotbridge.identity.PersonId;
import org.pilotbridge.identity.RunAs;
import org.pilotbridge.proposal.ProposalContent;
import org.pilotbridge.proposal.ProposalManagement;
import org.pilotbridge.proposal.ProposalQuery;
import org.pilotbridge.shared.ConditionalOnEmbeddedDatabase;
import org.pilotbridge.shared.Language;
import org.pilotbridge.shared.Money;

/**
 * The demo's evaluation: a challenge of the City of Oostervelde, published four weeks
 * ago, whose proposals deadline passes {@link #DEADLINE_AFTER_SEEDING} after the demo is
 * first seeded. Three companies have submitted a proposal (Sensory Labs, GreenRoute and
 * DataBridge Analytics, each in the language of the person who submitted it), and a panel
 * is ready: a chair and three evaluators with demo accounts, invited by the challenge
 * manager and joined. Once the deadline has passed, the manager starts the evaluation and
 * the panel takes over; one evaluator has advised Sensory Labs and is expected to declare
 * it.
 */
@Component
@ConditionalOnEmbeddedDatabase
@ConditionalOnBooleanProperty(name = "pilotbridge.demo.enabled")
class DemoEvaluation {

	/**
	 * How long after the first start the proposals deadline of the demo's evaluation
	 * passes.
	 */
	static final Duration DEADLINE_AFTER_SEEDING = Duration.ofMinutes(5);

	static final String TITLE = "Finding potholes before they grow";

	private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

	private final AccountProvisioning accounts;

	private final OrganisationManagement organisations;

	private final ChallengeManagement challenges;

	private final ChallengeDirectory directory;

	private final ProposalManagement proposals;

	private final ProposalQuery proposalQuery;

	private final PanelManagement panels;

	private final RunAs runAs;

	private final DemoClock clock;

	private final DemoInvitations invitations;

	DemoEvaluation(AccountProvisioning accounts, OrganisationManagement organisations, ChallengeManagement challenges,
			ChallengeDirectory directory, ProposalManagement proposals, ProposalQuery proposalQuery,
			PanelManagement panels, DemoInvitations invitations, RunAs runAs, DemoClock clock) {
		this.accounts = accounts;
		this.organisations = organisations;
		this.challenges = challenges;
		this.directory = directory;
		this.proposals = proposals;
		this.proposalQuery = proposalQuery;
		this.panels = panels;
		this.invitations = invitations;
		this.runAs = runAs;
		this.clock = clock;
	}

	/** A bidding company and the person who submits its proposal. */
	record Bidder(PersonId submitter, OrganisationId company) {
	}

	void seed(PersonId manager, OrganisationId city, Bidder sensoryLabs, Bidder greenRoute, Bidder dataBridge) {
		var chair = provision(DemoAccounts.PANEL_CHAIR);
		var cityEvaluator = provision(DemoAccounts.CITY_EVALUATOR);
		var conflictedEvaluator = provision(DemoAccounts.CONFLICTED_EVALUATOR);
		var expert = provision(DemoAccounts.EXPERT_EVALUATOR);
		for (var colleague : List.of(chair, cityEvaluator, conflictedEvaluator)) {
			runAs.person(colleague, null, () -> organisations.requestToJoin(city, ""));
		}
		runAs.person(manager, city, () -> organisations.pendingJoinRequests(city)
			.forEach(request -> organisations.approveJoinRequest(city, request, MembershipRole.MEMBER)));

		var deadline = LocalDateTime.ofInstant(clock.instant().plus(DEADLINE_AFTER_SEEDING), BRUSSELS)
			.plusMinutes(1)
			.withSecond(0)
			.withNano(0);
		var challenge = clock.ago(Duration.ofDays(27), () -> runAs.person(manager, city, () -> {
			var now = LocalDateTime.ofInstant(clock.instant(), BRUSSELS);
			var id = challenges.createDraft(city,
					potholes().questionsDeadline(now.plusDays(14).withHour(12).withMinute(0).withSecond(0).withNano(0))
						.proposalsDeadline(deadline)
						.build());
			challenges.publish(id);
			return id;
		}));

		clock.ago(Duration.ofDays(6), () -> submit(sensoryLabs, challenge, sensoryLabsProposal()));
		clock.ago(Duration.ofDays(4), () -> runAs.person(manager, city, () -> {
			invite(challenge, DemoAccounts.PANEL_CHAIR, PanelRole.CHAIR);
			invite(challenge, DemoAccounts.CITY_EVALUATOR, PanelRole.EVALUATOR);
			invite(challenge, DemoAccounts.CONFLICTED_EVALUATOR, PanelRole.EVALUATOR);
			invite(challenge, DemoAccounts.EXPERT_EVALUATOR, PanelRole.EVALUATOR);
			return null;
		}));
		clock.ago(Duration.ofDays(3), () -> {
			accept(chair, DemoAccounts.PANEL_CHAIR);
			accept(cityEvaluator, DemoAccounts.CITY_EVALUATOR);
			accept(conflictedEvaluator, DemoAccounts.CONFLICTED_EVALUATOR);
			accept(expert, DemoAccounts.EXPERT_EVALUATOR);
			return null;
		});
		clock.ago(Duration.ofDays(2), () -> submit(greenRoute, challenge, greenRouteProposal()));
		clock.ago(Duration.ofDays(1), () -> submit(dataBridge, challenge, dataBridgeProposal()));
	}

	private PersonId provision(DemoAccounts.Account account) {
		return runAs.system(() -> accounts.provision(account.name(), account.email(), DemoAccounts.PASSWORD,
				account.language(), false));
	}

	private void invite(ChallengeId challenge, DemoAccounts.Account account, PanelRole role) {
		panels.invite(challenge, account.email(), account.name(), role, account.language());
	}

	private void accept(PersonId person, DemoAccounts.Account account) {
		runAs.person(person, null, () -> panels.accept(invitations.token(account.email())));
	}

	private Void submit(Bidder bidder, ChallengeId challenge, Offer offer) {
		var criteria = directory.challenge(challenge).orElseThrow().criteria();
		var content = ProposalContent.builder()
			.title(offer.title())
			.summary(offer.summary())
			.approach(offer.approach())
			.price(Money.euros(offer.price()))
			.vatRate(new BigDecimal("21"))
			.timelineWeeks(14)
			.timeline("Weeks 1–2 installation, 3–12 detection and repairs, 13–14 evaluation with the crews.")
			.team(offer.team())
			.declaresEligibility(true)
			.declaresNoConflictOfInterest(true)
			.acceptsTerms(true);
		criteria.stream()
			.filter(criterion -> criterion.type() == CriterionType.QUALITATIVE)
			.forEach(criterion -> content.answer(criterion.id(),
					criterion.weight() >= 40 ? offer.approach() : offer.team()));
		runAs.person(bidder.submitter(), bidder.company(), () -> {
			var id = proposals.start(challenge);
			proposals.saveDraft(id, proposalQuery.editable(id).version(), content.build());
			proposals.submit(id);
		});
		return null;
	}

	/** What a company offers. */
	private record Offer(String title, String summary, String approach, String price, String team) {
	}

	private static ChallengeDraft.Builder potholes() {
		return ChallengeDraft.builder()
			.title(TITLE)
			.summary("Small cracks in our roads become potholes within one winter. We want to pilot a way to find "
					+ "road damage early and repair it before it grows.")
			.problemStatement("""
					The city maintains **420 km of roads**. Road damage is reported by residents or noticed by
					inspectors who drive every street once a year. By then, many cracks have become potholes that
					cost five times as much to repair.""")
			.context("Repairs are made by two crews of the city. Damage is logged in a spreadsheet.")
			.expectedOutcome("""
					- Damage found before residents report it (target: 80 % of potholes)
					- 25 % lower repair costs per kilometre in the pilot area""")
			.constraints("Images of people and number plates must be blurred before they leave the vehicle.")
			.budgetCap(Money.euros(25_000))
			.pilotDurationWeeks(16)
			.criteria(List.of(
					CriterionData.of("Detection approach", "How damage is found, how early and how reliably", 40,
							CriterionType.QUALITATIVE),
					CriterionData.of("Team and references", "Experience of the team with similar pilots", 20,
							CriterionType.QUALITATIVE),
					CriterionData.of("Price", "Total price of the pilot excluding VAT", 40, CriterionType.PRICE)))
			.cpvCodes(List.of("72000000-5", "38000000-5"))
			.tags(List.of("roads", "maintenance", "sensors"))
			.languages(List.of(Language.ENGLISH, Language.FRENCH, Language.DUTCH))
			// The agency's usual period: bidders may ask for a review before the award
			// holds.
			.standstillDays(10);
	}

	private static Offer sensoryLabsProposal() {
		return new Offer("RoadSense", "Vibration sensors on the city's own refuse trucks map road damage every week.",
				"We fit vibration and GPS sensors to the six refuse trucks, which drive every street each week, and "
						+ "map new cracks and potholes on a dashboard for the repair crews.",
				"19500.00", "Two engineers who ran the FillSense pilots in two Flemish towns; references on request.");
	}

	private static Offer greenRouteProposal() {
		return new Offer("NidDePoule",
				"A smartphone app on the buses' dashboards detects potholes from the camera and the accelerometer.",
				"A phone mounted on the dashboard of each city bus films the road, blurs people and plates on the "
						+ "phone, and reports damage with a photo and its position.",
				"18000.00", "A founder with a road-engineering degree and a developer; one pilot with a Walloon town.");
	}

	private static Offer dataBridgeProposal() {
		return new Offer("StreetScan Analytics",
				"Satellite and street-level images analysed monthly to rank the streets by damage.",
				"We combine monthly satellite images with street-level photos taken by the inspectors and rank the "
						+ "streets by how much their surface has worsened.",
				"21000.00", "A data team of five who built road-condition maps for three German cities.");
	}

}
