package org.pilotbridge.challenge;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.pilotbridge.identity.AccountProvisioning;
import org.pilotbridge.identity.MembershipRole;
import org.pilotbridge.identity.OrganisationData;
import org.pilotbridge.identity.OrganisationId;
import org.pilotbridge.identity.OrganisationKind;
import org.pilotbridge.identity.OrganisationManagement;
import org.pilotbridge.identity.PersonId;
import org.pilotbridge.identity.RunAs;
import org.pilotbridge.identity.SizeClass;
import org.pilotbridge.shared.Language;

/**
 * The people and organisations of a test, each with fresh names so that tests sharing a
 * database never meet: a verified agency with a challenge manager and a member, a second
 * verified agency with its own manager, a company with a member, and someone who belongs
 * nowhere.
 */
record Participants(PersonId admin, OrganisationId agency, PersonId manager, PersonId agencyMember,
		OrganisationId otherAgency, PersonId otherManager, OrganisationId company, PersonId companyMember,
		PersonId outsider) {

	static Participants create(AccountProvisioning accounts, OrganisationManagement organisations, RunAs runAs) {
		var run = UUID.randomUUID().toString().substring(0, 8);
		var admin = person(accounts, runAs, "admin", run, true);
		var manager = person(accounts, runAs, "manager", run, false);
		var agencyMember = person(accounts, runAs, "agency-member", run, false);
		var otherManager = person(accounts, runAs, "other-manager", run, false);
		var owner = person(accounts, runAs, "owner", run, false);
		var companyMember = person(accounts, runAs, "company-member", run, false);
		var outsider = person(accounts, runAs, "outsider", run, false);

		var agency = register(runAs, organisations, manager, OrganisationData.of(OrganisationKind.AGENCY,
				"Agency " + run, "BE", "Rue de la Loi 1", "1000", "Brussels", "", "", null));
		var otherAgency = register(runAs, organisations, otherManager, OrganisationData.of(OrganisationKind.AGENCY,
				"Other agency " + run, "BE", "Markt 1", "9000", "Ghent", "", "", null));
		var company = register(runAs, organisations, owner,
				OrganisationData.of(OrganisationKind.COMPANY, "Company " + run, "DE", "Hauptstraße 1", "10115",
						"Berlin", "", "DE" + (100_000_000 + ThreadLocalRandom.current().nextInt(899_999_999)),
						SizeClass.SMALL));
		join(runAs, organisations, agency, manager, agencyMember);
		join(runAs, organisations, company, owner, companyMember);
		runAs.person(admin, null, () -> {
			organisations.verify(agency);
			organisations.verify(otherAgency);
			organisations.verify(company);
		});
		return new Participants(admin, agency, manager, agencyMember, otherAgency, otherManager, company, companyMember,
				outsider);
	}

	/** An agency of its own, registered by a new manager and not verified. */
	static Unverified unverifiedAgency(AccountProvisioning accounts, OrganisationManagement organisations,
			RunAs runAs) {
		var run = UUID.randomUUID().toString().substring(0, 8);
		var manager = person(accounts, runAs, "unverified-manager", run, false);
		var agency = register(runAs, organisations, manager, OrganisationData.of(OrganisationKind.AGENCY,
				"Unverified agency " + run, "BE", "Grote Markt 1", "2000", "Antwerp", "", "", null));
		return new Unverified(agency, manager);
	}

	record Unverified(OrganisationId agency, PersonId manager) {
	}

	private static PersonId person(AccountProvisioning accounts, RunAs runAs, String role, String run, boolean admin) {
		return runAs.system(() -> accounts.provision(role + " " + run, role + "-" + run + "@example.org",
				"a long enough password " + run, Language.ENGLISH, admin));
	}

	private static OrganisationId register(RunAs runAs, OrganisationManagement organisations, PersonId founder,
			OrganisationData data) {
		return runAs.person(founder, null, () -> organisations.register(data));
	}

	private static void join(RunAs runAs, OrganisationManagement organisations, OrganisationId organisation,
			PersonId administrator, PersonId member) {
		runAs.person(member, null, () -> organisations.requestToJoin(organisation, ""));
		runAs.person(administrator, organisation, () -> organisations.pendingJoinRequests(organisation)
			.forEach(request -> organisations.approveJoinRequest(organisation, request, MembershipRole.MEMBER)));
	}

}
