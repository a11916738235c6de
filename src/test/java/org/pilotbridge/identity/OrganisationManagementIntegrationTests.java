package org.pilotbridge.identity;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.security.access.AccessDeniedException;

import org.pilotbridge.shared.InvalidInput;
import org.pilotbridge.test.TestIdentities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@ApplicationModuleTest
@Import(TestIdentities.class)
class OrganisationManagementIntegrationTests {

	@Autowired
	TestIdentities identities;

	@Autowired
	OrganisationManagement organisations;

	@Autowired
	OrganisationQuery query;

	@Autowired
	OrganisationDirectory directory;

	@Autowired
	RunAs runAs;

	PersonId admin;

	PersonId founder;

	@BeforeEach
	void people() {
		admin = identities.platformAdmin("Ada Admin");
		founder = identities.person("Fanny Founder");
	}

	@Test
	void registersAnOrganisationWithItsFounderAsAdministratorAwaitingVerification() {
		var company = identities.company(founder, "Sensory Labs");

		var summary = directory.organisation(company).orElseThrow();
		assertThat(summary.verificationState()).isEqualTo(VerificationState.PENDING);
		assertThat(directory.roleOf(founder, company)).contains(MembershipRole.OWNER);
	}

	@Test
	void refusesToRegisterTheSameEnterpriseNumberTwice() {
		var number = TestIdentities.belgianNumber();
		runAs.person(founder, null, () -> organisations.register(OrganisationData.of(OrganisationKind.COMPANY, "First",
				"BE", "Street 1", "1000", "Brussels", "", number, SizeClass.MICRO)));
		var someoneElse = identities.person("Sam Second");

		assertThatThrownBy(() -> runAs.person(someoneElse, null,
				() -> organisations.register(OrganisationData.of(OrganisationKind.COMPANY, "Second", "BE", "Street 2",
						"1000", "Brussels", "", number, SizeClass.MICRO))))
			.isInstanceOf(InvalidInput.class)
			.satisfies(thrown -> assertThat(((InvalidInput) thrown).problems())
				.extracting(InvalidInput.FieldProblem::messageKey)
				.containsExactly("identity.organisation.already-registered"));
	}

	@Test
	void letsAnAdministratorApproveAJoinRequest() {
		var agency = identities.agency(founder, "City of Oostervelde");
		var colleague = identities.person("Colin Colleague");

		runAs.person(colleague, null, () -> organisations.requestToJoin(agency, "I run the mobility team."));
		var request = runAs.person(founder, agency, () -> query.details(agency)).joinRequests();
		assertThat(request).extracting(OrganisationQuery.PendingJoinRequest::message)
			.containsExactly("I run the mobility team.");

		runAs.person(founder, agency,
				() -> organisations.approveJoinRequest(agency, request.get(0).id(), MembershipRole.MEMBER));

		assertThat(directory.roleOf(colleague, agency)).contains(MembershipRole.MEMBER);
		assertThat(runAs.person(founder, agency, () -> query.details(agency)).joinRequests()).isEmpty();
	}

	@Test
	void keepsAtLeastOneAdministrator() {
		var agency = identities.agency(founder, "City of Oostervelde");

		assertThatThrownBy(() -> runAs.person(founder, agency, () -> organisations.removeMember(agency, founder)))
			.isInstanceOf(InvalidInput.class);
		assertThatThrownBy(() -> runAs.person(founder, agency,
				() -> organisations.changeRole(agency, founder, MembershipRole.MEMBER)))
			.isInstanceOf(InvalidInput.class);
		assertThat(directory.roleOf(founder, agency)).contains(MembershipRole.CHALLENGE_MANAGER);
	}

	@Test
	void letsOnlyPlatformAdministratorsVerifyOrReject() {
		var agency = identities.agency(founder, "City of Oostervelde");

		assertThatThrownBy(() -> runAs.person(founder, agency, () -> organisations.verify(agency)))
			.isInstanceOf(AccessDeniedException.class);
		assertThat(directory.organisation(agency).orElseThrow().verificationState())
			.isEqualTo(VerificationState.PENDING);

		assertThatThrownBy(() -> runAs.person(admin, null, () -> organisations.reject(agency, " ")))
			.isInstanceOf(InvalidInput.class);
		runAs.person(admin, null, () -> organisations.reject(agency, "The enterprise number belongs to another body."));
		var rejected = runAs.person(founder, agency, () -> query.details(agency));
		assertThat(rejected.summary().verificationState()).isEqualTo(VerificationState.REJECTED);
		assertThat(rejected.rejectionReason()).isEqualTo("The enterprise number belongs to another body.");

		identities.verify(admin, agency);
		assertThat(directory.organisation(agency).orElseThrow().verificationState())
			.isEqualTo(VerificationState.VERIFIED);
	}

}
