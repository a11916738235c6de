package org.pilotbridge.identity;

import java.util.List;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

import org.pilotbridge.shared.Language;
import org.pilotbridge.test.TestIdentities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A member of organisation A, even its administrator, can neither read nor change
 * anything of organisation B through the services; nor can anyone who is not signed in;
 * and nobody but a platform administrator verifies organisations or deactivates people.
 */
@ApplicationModuleTest
@Import(TestIdentities.class)
class IdentityAuthorizationIntegrationTests {

	@Autowired
	TestIdentities identities;

	@Autowired
	OrganisationManagement organisations;

	@Autowired
	OrganisationQuery query;

	@Autowired
	InvitationManagement invitations;

	@Autowired
	PersonManagement people;

	@Autowired
	PlatformSettings settings;

	@Autowired
	RunAs runAs;

	PersonId adminOfA;

	PersonId memberOfA;

	PersonId ownerOfB;

	PersonId memberOfB;

	OrganisationId a;

	OrganisationId b;

	InvitationId invitationOfB;

	@BeforeEach
	void twoOrganisations() {
		adminOfA = identities.person("Alice Agency");
		memberOfA = identities.person("Dave Agency");
		ownerOfB = identities.person("Bob Company");
		memberOfB = identities.person("Erin Company");
		a = identities.agency(adminOfA, "Agency A");
		b = identities.company(ownerOfB, "Company B");
		identities.join(memberOfA, a, adminOfA);
		identities.join(memberOfB, b, ownerOfB);
		invitationOfB = runAs.person(ownerOfB, b,
				() -> invitations.invite(b, "frank@test.example", MembershipRole.MEMBER, Language.ENGLISH));
		runAs.person(identities.person("Gina Applicant"), null, () -> organisations.requestToJoin(b, "Hello"));
	}

	@Test
	void membersOfAnotherOrganisationCanNeitherReadNorChangeIt() {
		var before = asOwnerOfB(() -> query.details(b));
		var pendingBefore = asOwnerOfB(() -> invitations.pending(b));
		var requestOfB = before.joinRequests().get(0).id();

		for (var outsider : List.of(adminOfA, memberOfA)) {
			List<Runnable> attempts = List.of(() -> query.details(b), () -> invitations.pending(b),
					() -> organisations.update(b, companyData()),
					() -> invitations.invite(b, "mallory@test.example", MembershipRole.OWNER, Language.ENGLISH),
					() -> invitations.revoke(invitationOfB),
					() -> organisations.approveJoinRequest(b, requestOfB, MembershipRole.OWNER),
					() -> organisations.declineJoinRequest(b, requestOfB),
					() -> organisations.changeRole(b, memberOfB, MembershipRole.OWNER),
					() -> organisations.removeMember(b, memberOfB), () -> organisations.switchTo(b),
					() -> organisations.verify(b), () -> organisations.reject(b, "Not a real company"),
					() -> people.deactivate(ownerOfB), () -> settings.allowUnverifiedCompanies(false));
			for (var attempt : attempts) {
				assertThatThrownBy(() -> runAs.person(outsider, a, attempt)).isInstanceOf(AccessDeniedException.class);
			}
		}

		assertThat(asOwnerOfB(() -> query.details(b))).isEqualTo(before);
		assertThat(asOwnerOfB(() -> invitations.pending(b))).isEqualTo(pendingBefore);
		assertThat(settings.allowUnverifiedCompanies()).isTrue();
	}

	@Test
	void plainMembersCannotAdministerTheirOwnOrganisation() {
		var before = asOwnerOfB(() -> query.details(b));

		List<Runnable> attempts = List.of(() -> invitations.pending(b), () -> organisations.update(b, companyData()),
				() -> invitations.invite(b, "mallory@test.example", MembershipRole.OWNER, Language.ENGLISH),
				() -> organisations.changeRole(b, memberOfB, MembershipRole.OWNER),
				() -> organisations.removeMember(b, ownerOfB));
		for (var attempt : attempts) {
			assertThatThrownBy(() -> runAs.person(memberOfB, b, attempt)).isInstanceOf(AccessDeniedException.class);
		}
		assertThat(asOwnerOfB(() -> query.details(b))).isEqualTo(before);
	}

	@Test
	void nothingWorksForSomeoneWhoIsNotSignedIn() {
		assertThatThrownBy(() -> query.details(b)).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
		assertThatThrownBy(() -> organisations.requestToJoin(b, ""))
			.isInstanceOf(AuthenticationCredentialsNotFoundException.class);
		assertThatThrownBy(() -> invitations.accept("any"))
			.isInstanceOf(AuthenticationCredentialsNotFoundException.class);
	}

	private <T> T asOwnerOfB(Supplier<T> work) {
		return runAs.person(ownerOfB, b, work);
	}

	private static OrganisationData companyData() {
		return OrganisationData.of(OrganisationKind.COMPANY, "Taken Over", "BE", "Street 1", "1000", "Brussels", "",
				TestIdentities.belgianNumber(), SizeClass.LARGE);
	}

}
