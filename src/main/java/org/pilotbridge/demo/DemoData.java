package org.pilotbridge.demo;

import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import org.pilotbridge.identity.AccountProvisioning;
import org.pilotbridge.identity.MembershipRole;
import org.pilotbridge.identity.OrganisationData;
import org.pilotbridge.identity.OrganisationId;
import org.pilotbridge.identity.OrganisationKind;
import org.pilotbridge.identity.OrganisationManagement;
import org.pilotbridge.identity.PersonId;
import org.pilotbridge.identity.RunAs;
import org.pilotbridge.identity.SizeClass;
import org.pilotbridge.shared.ConditionalOnEmbeddedDatabase;
import org.pilotbridge.shared.PublicLinks;

/**
 * Seeds the demo on the first start of the embedded database, before the application
 * serves anyone ({@link DemoSeeding}), and prints where to go and whom to sign in as.
 */
@Component
@ConditionalOnEmbeddedDatabase
@ConditionalOnBooleanProperty(name = "pilotbridge.demo.enabled")
@Order(1)
class DemoData implements FirstStartSeed {

	private static final Logger log = LoggerFactory.getLogger(DemoData.class);

	private final AccountProvisioning accounts;

	private final OrganisationManagement organisations;

	private final RunAs runAs;

	private final DemoChallenges challenges;

	private final DemoCatalogue catalogue;

	private final DemoEvaluation evaluation;

	private final DemoPilots pilots;

	private final DemoInvitations invitations;

	private final PublicLinks links;

	DemoData(AccountProvisioning accounts, OrganisationManagement organisations, RunAs runAs, DemoChallenges challenges,
			DemoCatalogue catalogue, DemoEvaluation evaluation, DemoPilots pilots, DemoInvitations invitations,
			PublicLinks links) {
		this.accounts = accounts;
		this.organisations = organisations;
		this.runAs = runAs;
		this.challenges = challenges;
		this.catalogue = catalogue;
		this.evaluation = evaluation;
		this.pilots = pilots;
		this.invitations = invitations;
		this.links = links;
	}

	/** Called by {@link DemoSeeding} before the application serves anyone. */
	@Override
	public void seedOnFirstStart() {
		var seeded = runAs.system(() -> accounts.findByEmail(DemoAccounts.ADMIN.email()).isPresent());
		if (!seeded) {
			log.info("Seeding demo data");
			invitations.whileSeeding(this::seed);
		}
	}

	@EventListener(ApplicationReadyEvent.class)
	void tellWhereToGo() {
		log.info("""

				Pilotbridge is ready at {}
				Demo accounts (password: {}):
				{}
				""", links.base(), DemoAccounts.PASSWORD,
				DemoAccounts.ALL.stream()
					.map(account -> String.format("  %-38s %s", account.email(), account.role()))
					.collect(Collectors.joining("\n")));
	}

	private void seed() {
		var admin = provision(DemoAccounts.ADMIN, true);
		var manager = provision(DemoAccounts.AGENCY_MANAGER, false);
		var agencyMember = provision(DemoAccounts.AGENCY_MEMBER, false);
		var secondManager = provision(DemoAccounts.SECOND_AGENCY_MANAGER, false);
		var owner = provision(DemoAccounts.COMPANY_OWNER, false);
		var companyMember = provision(DemoAccounts.COMPANY_MEMBER, false);
		var founder = provision(DemoAccounts.STARTUP_FOUNDER, false);
		var thirdOwner = provision(DemoAccounts.THIRD_COMPANY_OWNER, false);

		var city = register(manager, OrganisationData.of(OrganisationKind.AGENCY, "City of Oostervelde", "BE",
				"Marktplein 1", "9999", "Oostervelde", "https://www.oostervelde.example", "0345.678.997", null));
		addMember(manager, city, agencyMember);
		runAs.person(manager, city, () -> organisations.appointAuthorisingOfficer(city, agencyMember, true));
		register(secondManager, OrganisationData.of(OrganisationKind.AGENCY, "Federal Mobility Office", "BE",
				"Rue de la Loi 100", "1000", "Brussels", "https://mobility.example", "0456.789.034", null));
		var sensoryLabs = register(owner,
				OrganisationData.of(OrganisationKind.COMPANY, "Sensory Labs", "BE", "Kortrijksesteenweg 200", "9000",
						"Ghent", "https://sensorylabs.example", "0712.345.630", SizeClass.SMALL));
		addMember(owner, sensoryLabs, companyMember);
		var greenRoute = register(founder,
				OrganisationData.of(OrganisationKind.COMPANY, "GreenRoute", "BE", "Place Saint-Lambert 5", "4000",
						"Liège", "https://greenroute.example", "0823.456.754", SizeClass.MICRO));
		var dataBridge = register(thirdOwner,
				OrganisationData.of(OrganisationKind.COMPANY, "DataBridge Analytics", "DE", "Friedrichstraße 50",
						"10117", "Berlin", "https://databridge.example", "DE123456789", SizeClass.MEDIUM));

		runAs.person(admin, null, () -> {
			organisations.verify(city);
			organisations.verify(sensoryLabs);
			organisations.verify(dataBridge);
		});
		challenges.seed(manager, city, owner, sensoryLabs);
		catalogue.seed(admin, manager, city, owner, sensoryLabs, thirdOwner, dataBridge);
		evaluation.seed(manager, city, new DemoEvaluation.Bidder(owner, sensoryLabs),
				new DemoEvaluation.Bidder(founder, greenRoute), new DemoEvaluation.Bidder(thirdOwner, dataBridge));
		pilots.seed(manager, DemoAccounts.AGENCY_MANAGER.email(), agencyMember, city, owner, sensoryLabs, thirdOwner,
				dataBridge);
	}

	private PersonId provision(DemoAccounts.Account account, boolean admin) {
		return runAs.system(() -> accounts.provision(account.name(), account.email(), DemoAccounts.PASSWORD,
				account.language(), admin));
	}

	private OrganisationId register(PersonId founder, OrganisationData data) {
		return runAs.person(founder, null, () -> organisations.register(data));
	}

	/**
	 * As the organisation's administrator: the person asks to join, the administrator
	 * approves.
	 */
	private void addMember(PersonId administrator, OrganisationId organisation, PersonId member) {
		runAs.person(member, null, () -> organisations.requestToJoin(organisation, ""));
		runAs.person(administrator, organisation, () -> organisations.pendingJoinRequests(organisation)
			.forEach(request -> organisations.approveJoinRequest(organisation, request, MembershipRole.MEMBER)));
	}

}
