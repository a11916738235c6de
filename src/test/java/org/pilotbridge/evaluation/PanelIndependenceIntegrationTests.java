package org.pilotbridge.evaluation;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import org.pilotbridge.identity.OrganisationDirectory;
import org.pilotbridge.identity.PersonId;
import org.pilotbridge.shared.InvalidInput;
import org.pilotbridge.shared.Language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Who may sit on a panel, told as the attacks it stops: a bidder's owner who got hold of an expert's
 * invitation link cannot join the panel with it; someone whose provider merely claims the invited
 * address cannot either; the expert joins, once.
 */
class PanelIndependenceIntegrationTests extends EvaluationIntegrationTest {

	@Autowired
	OrganisationDirectory directory;

	TestEvaluation.Scenario scenario;

	@BeforeEach
	void aPublishedChallengeWithBiddersAndAPanel() {
		scenario = fixtures.scenario();
	}

	@Test
	void aBiddersOwnerHoldingAnExpertsLinkCannotJoinAndOnlyTheExpertJoinsOnce() {
		var expert = bidding.person("expert", Language.ENGLISH, false);
		var token = invite(expert);
		var bidder = scenario.companies().getFirst().owner();
		var before = observe(scenario);

		var preview = as(bidder, () -> panels.invitation(token)).orElseThrow();
		assertThat(preview.addressedToYou()).isFalse();
		assertThat(preview.maskedEmail()).isEqualTo("e…@test.example");
		assertThatThrownBy(() -> as(bidder, () -> panels.accept(token)))
			.isInstanceOfSatisfying(InvalidInput.class, invalid -> assertThat(invalid.problems()).singleElement()
				.satisfies(problem -> {
					assertThat(problem.messageKey()).isEqualTo("evaluation.invitation.other-address");
					assertThat(problem.arguments()).containsExactly("e…@test.example");
				}));

		assertThat(observe(scenario)).as("nothing changed").isEqualTo(before);
		assertThat(auditTrail.entriesOf("challenge", scenario.challenge().id())).anySatisfy(entry -> {
			assertThat(entry.action()).isEqualTo("evaluation.invitation.refused");
			assertThat(entry.actor()).isEqualTo("person:" + bidder);
		});

		assertThat(as(expert, () -> panels.invitation(token)).orElseThrow().addressedToYou()).isTrue();
		assertThat(as(expert, () -> panels.accept(token))).isEqualTo(scenario.challenge().id());
		assertThat(member(scenario, expert).hasJoined()).isTrue();
		assertThatThrownBy(() -> as(expert, () -> panels.accept(token))).as("the link works once")
			.isInstanceOfSatisfying(InvalidInput.class, invalid -> assertThat(invalid.problems().getFirst().messageKey())
				.isEqualTo("evaluation.invitation.used"));
	}

	@Test
	void anAddressTheProviderDidNotVouchForDoesNotJoinThePanel() {
		var expert = bidding.person("expert", Language.ENGLISH, false);
		var token = invite(expert);
		// As if the expert's last sign-in went through a provider that did not say it checked the address.
		jdbc.sql("UPDATE person SET email_verified = FALSE WHERE id = ?").param(expert.id()).update();
		var before = observe(scenario);

		assertThatThrownBy(() -> as(expert, () -> panels.accept(token)))
			.isInstanceOfSatisfying(InvalidInput.class, invalid -> assertThat(invalid.problems().getFirst().messageKey())
				.isEqualTo("evaluation.invitation.other-address"));
		assertThat(observe(scenario)).isEqualTo(before);

		jdbc.sql("UPDATE person SET email_verified = TRUE WHERE id = ?").param(expert.id()).update();
		assertThat(as(expert, () -> panels.accept(token))).isEqualTo(scenario.challenge().id());
	}

	/** Invites the person, at the address of their account, as an evaluator; returns the link's token. */
	private String invite(PersonId person) {
		var email = directory.person(person).orElseThrow().email();
		bidding.as(scenario.agency().manager(), scenario.agency().id(),
				() -> panels.invite(scenario.challenge().id(), email, "An expert", PanelRole.EVALUATOR, Language.ENGLISH));
		var link = fixtures.invitationLink(email);
		return link.substring(link.lastIndexOf('/') + 1);
	}

}
