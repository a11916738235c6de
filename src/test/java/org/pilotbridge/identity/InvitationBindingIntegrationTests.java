package org.pilotbridge.identity;

import java.time.Clock;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.AssertablePublishedEvents;

import org.pilotbridge.shared.InvalidInput;
import org.pilotbridge.shared.Language;
import org.pilotbridge.test.TestIdentities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * An invitation to join an organisation is for the address it was sent to: a bidder's
 * owner who gets hold of the link (forwarded, read over a shoulder, found in a shared
 * mailbox) cannot join with it, nor can someone whose provider merely claims the address;
 * the addressee joins, once.
 */
@ApplicationModuleTest
@Import(TestIdentities.class)
class InvitationBindingIntegrationTests {

	@Autowired
	TestIdentities identities;

	@Autowired
	InvitationManagement invitations;

	@Autowired
	OrganisationDirectory directory;

	@Autowired
	People people;

	@Autowired
	RunAs runAs;

	@Autowired
	Clock clock;

	PersonId owner;

	OrganisationId company;

	String invited;

	@BeforeEach
	void aCompanyInvitesAColleague() {
		owner = identities.person("Olga Owner");
		company = identities.company(owner, "Sensor Works");
		invited = "frank." + UUID.randomUUID().toString().substring(0, 8) + "@test.example";
	}

	@Test
	void someoneElseHoldingTheLinkIsRefusedAndOnlyTheInvitedAddressJoinsOnce(AssertablePublishedEvents events) {
		var token = invite(events);
		var mallory = identities.person("Mallory Competitor");
		var before = directory.members(company);

		var preview = runAs.person(mallory, null, () -> invitations.preview(token)).orElseThrow();
		assertThat(preview.addressedToYou()).isFalse();
		assertThat(preview.maskedEmail()).isEqualTo("f…@test.example").doesNotContain(invited);
		assertThatThrownBy(() -> runAs.person(mallory, null, () -> invitations.accept(token)))
			.isInstanceOfSatisfying(InvalidInput.class, invalid -> {
				assertThat(invalid.problems()).singleElement().satisfies(problem -> {
					assertThat(problem.messageKey()).isEqualTo("identity.invitation.other-address");
					assertThat(problem.arguments()).containsExactly("f…@test.example");
				});
			});

		assertThat(directory.members(company)).as("nobody joined").isEqualTo(before);
		assertThat(runAs.person(owner, company, () -> invitations.pending(company))).extracting(p -> p.email())
			.as("the invitation still waits for its addressee")
			.containsExactly(invited);

		var frank = runAs.system(() -> identities.personWithEmail("Frank Colleague", invited));
		assertThat(runAs.person(frank, null, () -> invitations.preview(token)).orElseThrow().addressedToYou()).isTrue();
		assertThat(runAs.person(frank, null, () -> invitations.accept(token))).isEqualTo(company);
		assertThat(directory.isMember(frank, company)).isTrue();
		assertThatThrownBy(() -> runAs.person(frank, null, () -> invitations.accept(token))).as("the link works once")
			.isInstanceOfSatisfying(InvalidInput.class,
					invalid -> assertThat(invalid.problems().getFirst().messageKey())
						.isEqualTo("identity.invitation.closed"));
	}

	@Test
	void anAddressAProviderDidNotVouchForDoesNotAcceptTheInvitation(AssertablePublishedEvents events) {
		var token = invite(events);
		// Signed in through a provider that gives the invited address without saying it
		// checked it.
		var claimant = people
			.save(Person.signedUp("https://idp.example", "subject-" + UUID.randomUUID(), invited, false,
					"Claims The Address", Language.ENGLISH, clock.instant()))
			.id();
		var before = directory.members(company);

		assertThat(runAs.person(claimant, null, () -> invitations.preview(token)).orElseThrow().addressedToYou())
			.isFalse();
		assertThatThrownBy(() -> runAs.person(claimant, null, () -> invitations.accept(token))).isInstanceOfSatisfying(
				InvalidInput.class, invalid -> assertThat(invalid.problems().getFirst().messageKey())
					.isEqualTo("identity.invitation.other-address"));
		assertThat(directory.members(company)).isEqualTo(before);
		assertThat(Set.copyOf(directory.members(company))).doesNotContain(claimant);
	}

	private String invite(AssertablePublishedEvents events) {
		runAs.person(owner, company,
				() -> invitations.invite(company, invited, MembershipRole.MEMBER, Language.ENGLISH));
		var link = events.ofType(InvitationSent.class)
			.matching(sent -> sent.email().equals(invited))
			.iterator()
			.next()
			.link();
		return link.substring(link.lastIndexOf('/') + 1);
	}

}
