package org.pilotbridge.catalogue;

import java.util.UUID;

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
import org.pilotbridge.test.TestIdentities;

/**
 * The people and organisations of a catalogue test, with fresh names so that tests
 * sharing a database never meet: a platform administrator, a verified agency with a
 * challenge manager, a verified company with its owner and a member, a second company
 * waiting for verification, a company an administrator refused, and someone who belongs
 * nowhere.
 */
record CatalogueParticipants(String run, PersonId admin, OrganisationId agency, PersonId manager,
		OrganisationId company, PersonId owner, PersonId member, OrganisationId otherCompany, PersonId otherOwner,
		OrganisationId rejectedCompany, PersonId rejectedOwner, PersonId outsider) {

	static CatalogueParticipants create(AccountProvisioning accounts, OrganisationManagement organisations,
			RunAs runAs) {
		var run = UUID.randomUUID().toString().substring(0, 8);
		var admin = person(accounts, runAs, "admin", run, true);
		var manager = person(accounts, runAs, "manager", run, false);
		var owner = person(accounts, runAs, "owner", run, false);
		var member = person(accounts, runAs, "member", run, false);
		var otherOwner = person(accounts, runAs, "other-owner", run, false);
		var rejectedOwner = person(accounts, runAs, "rejected-owner", run, false);
		var outsider = person(accounts, runAs, "outsider", run, false);
		var agency = register(runAs, organisations, manager, OrganisationKind.AGENCY, "Agency " + run);
		var company = register(runAs, organisations, owner, OrganisationKind.COMPANY, "Company " + run);
		var otherCompany = register(runAs, organisations, otherOwner, OrganisationKind.COMPANY, "Other company " + run);
		var rejectedCompany = register(runAs, organisations, rejectedOwner, OrganisationKind.COMPANY,
				"Refused company " + run);
		runAs.person(member, null, () -> organisations.requestToJoin(company, ""));
		runAs.person(owner, company, () -> organisations.pendingJoinRequests(company)
			.forEach(request -> organisations.approveJoinRequest(company, request, MembershipRole.MEMBER)));
		runAs.person(admin, null, () -> {
			organisations.verify(agency);
			organisations.verify(company);
			organisations.reject(rejectedCompany, "Not a real company");
		});
		return new CatalogueParticipants(run, admin, agency, manager, company, owner, member, otherCompany, otherOwner,
				rejectedCompany, rejectedOwner, outsider);
	}

	private static PersonId person(AccountProvisioning accounts, RunAs runAs, String role, String run, boolean admin) {
		return runAs.system(() -> accounts.provision(role + " " + run, role + "-" + run + "@example.org",
				"a long enough password " + run, Language.ENGLISH, admin));
	}

	private static OrganisationId register(RunAs runAs, OrganisationManagement organisations, PersonId founder,
			OrganisationKind kind, String name) {
		return runAs.person(founder, null,
				() -> organisations.register(OrganisationData.of(kind, name, "BE", "Rue de la Loi 1", "1000",
						"Brussels", "", TestIdentities.belgianNumber(),
						kind == OrganisationKind.COMPANY ? SizeClass.SMALL : null)));
	}

}
