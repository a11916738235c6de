package org.pilotbridge.test;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

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
import org.pilotbridge.shared.Language;

/**
 * People and organisations for tests, made through the application services like real
 * ones. Enterprise numbers are generated with valid KBO/BCE check digits.
 */
@Component
public class TestIdentities {

	public static final String PASSWORD = "correct horse battery staple";

	private static final AtomicInteger sequence = new AtomicInteger(1_000_000);

	private final AccountProvisioning accounts;

	private final OrganisationManagement organisations;

	private final RunAs runAs;

	TestIdentities(AccountProvisioning accounts, OrganisationManagement organisations, RunAs runAs) {
		this.accounts = accounts;
		this.organisations = organisations;
		this.runAs = runAs;
	}

	public PersonId person(String name) {
		return person(name, false);
	}

	public PersonId platformAdmin(String name) {
		return person(name, true);
	}

	private PersonId person(String name, boolean admin) {
		var email = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", ".") + "." + sequence.incrementAndGet()
				+ "@test.example";
		return runAs.system(() -> accounts.provision(name, email, PASSWORD, Language.ENGLISH, admin));
	}

	public OrganisationId agency(PersonId manager, String name) {
		return runAs.person(manager, null, () -> organisations.register(OrganisationData.of(OrganisationKind.AGENCY,
				name, "BE", "Wetstraat 1", "1000", "Brussels", "", belgianNumber(), null)));
	}

	public OrganisationId company(PersonId owner, String name) {
		return runAs.person(owner, null, () -> organisations.register(OrganisationData.of(OrganisationKind.COMPANY,
				name, "BE", "Veldstraat 1", "9000", "Ghent", "", belgianNumber(), SizeClass.SMALL)));
	}

	public void verify(PersonId platformAdmin, OrganisationId organisation) {
		runAs.person(platformAdmin, null, () -> organisations.verify(organisation));
	}

	/**
	 * Makes the person a plain member: they ask, an administrator of the organisation
	 * approves.
	 */
	public void join(PersonId person, OrganisationId organisation, PersonId administrator) {
		runAs.person(person, null, () -> organisations.requestToJoin(organisation, ""));
		runAs.person(administrator, organisation, () -> organisations.pendingJoinRequests(organisation)
			.forEach(request -> organisations.approveJoinRequest(organisation, request, MembershipRole.MEMBER)));
	}

	/** A person with a chosen address; call as the system. */
	public PersonId personWithEmail(String name, String email) {
		return accounts.provision(name, email, PASSWORD, Language.ENGLISH, false);
	}

	/** A fresh Belgian enterprise number with valid check digits. */
	public static String belgianNumber() {
		var base = String.format("%08d", sequence.incrementAndGet() % 20_000_000);
		var check = 97 - (Long.parseLong(base) % 97);
		return base + String.format("%02d", check);
	}

}
