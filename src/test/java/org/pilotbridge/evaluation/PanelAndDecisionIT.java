package org.pilotbridge.evaluation;

import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import org.pilotbridge.identity.InvitationManagement;
import org.pilotbridge.identity.MembershipRole;
import org.pilotbridge.identity.OrganisationDirectory;
import org.pilotbridge.identity.PersonId;
import org.pilotbridge.shared.Language;
import org.pilotbridge.test.BrowserTest;
import org.pilotbridge.test.MutableClockConfiguration;
import org.pilotbridge.test.TestBidding;
import org.pilotbridge.test.TestIdentities;
import org.pilotbridge.test.TestMail;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The panel's composition and the chair's decision on several pilots, in a real browser
 * (the whole journey on the demo data is {@link EvaluationJourneyIT}), in one class so
 * that they share an application context without another one starting in between.
 * Composing a panel: the challenge manager invites an agency colleague as chair and an
 * external expert as evaluator by e-mail (an address already on the panel is refused next
 * to the field); the colleague accepts after signing in; the expert, who has no account,
 * creates one at the built-in provider on the way and accepts; an invitation sent by
 * mistake is withdrawn with a reason. Deciding on a challenge that awards two pilots: the
 * two best proposals are proposed by default; choosing another one needs a justification;
 * the decision and the public page name both winners. Every screen passes the
 * accessibility audit.
 */
@Import({ TestBidding.class, MutableClockConfiguration.class, TestEvaluation.class })
class PanelAndDecisionIT extends BrowserTest {

	@Autowired
	TestBidding bidding;

	@Autowired
	OrganisationDirectory directory;

	@Autowired
	TestEvaluation fixtures;

	@Autowired
	EvaluationManagement evaluations;

	@Autowired
	EvaluationQuery query;

	@Autowired
	AwardManagement awards;

	@Autowired
	PanelManagement panels;

	@Autowired
	InvitationManagement invitations;

	@Test
	void theManagerInvitesAChairAndAnExpertWithoutAccountWhoBothJoin() {
		var agency = bidding.agency();
		var challenge = bidding.challenge(agency);
		var manager = directory.person(agency.manager()).orElseThrow();
		var colleague = directory.person(agency.member()).orElseThrow();
		var expert = "expert." + UUID.randomUUID().toString().substring(0, 8) + "@test.example";
		var mistaken = "wrong." + UUID.randomUUID().toString().substring(0, 8) + "@test.example";
		var reference = challenge.reference();

		signIn(manager.email());
		open("/agency/challenges/" + challenge.id());
		click("#evaluation-panel");
		waitForText("#main-content h1", "Evaluation panel");
		assertThat($("#main-content").getText()).contains("Three evaluators are recommended");
		assertAccessible();

		invite(colleague.email(), colleague.displayName(), "Chair (does not score)");
		invite(expert, "Eva Expert", null);
		invite(mistaken, "Wrong Person", null);
		type("#panel-email", expert);
		type("#panel-name", "Eva Expert again");
		click("#panel-invite");
		waitForTextContaining("vaadin-email-field[invalid]", "");
		assertThat($("#panel-email").getDomProperty("errorMessage")).isEqualTo("This address is already on the panel.");
		assertThat($("#panel-members").getText()).contains(colleague.email(), expert, mistaken,
				"Chair (does not score)", "invited");

		// The invitation sent by mistake is withdrawn, with a reason.
		click("#panel-members vaadin-button[aria-label='Remove Wrong Person from the panel']");
		$("#removal-reason");
		click("#confirm-removal");
		waitForVaadin();
		assertThat($("#removal-reason").getDomProperty("errorMessage"))
			.isEqualTo("Give the reason for the removal in 10 to 500 characters.");
		type("#removal-reason", "Sent to the wrong address by mistake.");
		assertAccessible();
		click("#confirm-removal");
		waitForTextContaining("#panel-removals", "Sent to the wrong address by mistake.");
		assertThat($("#panel-members").getText()).doesNotContain(mistaken);
		assertThat(TestMail.awaitMail(mistaken, "You are no longer on the evaluation panel of " + reference))
			.isNotNull();

		// The colleague has an account: signs in on the way and accepts as chair.
		var colleagueLink = TestMail
			.firstLink(TestMail.awaitMail(colleague.email(), "Invitation to the evaluation panel of " + reference));
		driver.manage().deleteAllCookies();
		openPage(colleagueLink);
		waitForUrl(url -> url.contains("/account/login"));
		type("#email", colleague.email());
		type("#password", TestIdentities.PASSWORD);
		click("button[type=submit]");
		waitForUrl(url -> url.contains("/evaluation/invitations/"));
		waitForTextContaining("#main-content", "You are invited to an evaluation panel as: Chair (does not score).");
		assertAccessible();
		click("#accept-invitation");
		waitForUrl(url -> url.endsWith("/evaluation/challenges/" + challenge.id()));
		waitForTextContaining("#main-content", "Proposals are evaluated once the challenge has closed");
		open("/evaluation");
		waitForTextContaining("#evaluation-tasks", challenge.title());
		assertThat($("#evaluation-tasks").getText()).contains("Chair (does not score)");

		// The expert has no account: creates one at the built-in provider on the way,
		// then accepts.
		var expertLink = TestMail
			.firstLink(TestMail.awaitMail(expert, "Invitation to the evaluation panel of " + reference));
		driver.manage().deleteAllCookies();
		openPage(expertLink);
		waitForUrl(url -> url.contains("/account/login"));
		driver.findElement(By.linkText("Create an account")).click();
		type("#displayName", "Eva Expert");
		type("#email", expert);
		type("#password", "a long expert passphrase");
		driver.findElement(By.cssSelector("button[type=submit]")).click();
		waitForText("h1", "Check your inbox");
		openPage(TestMail.firstLink(TestMail.awaitMail(expert, "Confirm your e-mail address")));
		waitForText("h1", "Your address is confirmed");
		driver.findElement(By.linkText("Sign in")).click();
		waitForUrl(url -> url.contains("/account/login"));
		type("#email", expert);
		type("#password", "a long expert passphrase");
		click("button[type=submit]");
		waitForUrl(url -> url.contains("/evaluation/invitations/"));
		waitForTextContaining("#main-content", "You are invited to an evaluation panel as: Evaluator.");
		click("#accept-invitation");
		waitForUrl(url -> url.endsWith("/evaluation/challenges/" + challenge.id()));
		open("/evaluation");
		waitForTextContaining("#evaluation-tasks", challenge.title());
		assertThat($("#evaluation-tasks").getText()).contains("Evaluator");

		// The link works once.
		openPage(expertLink);
		waitForTextContaining("#main-content", "This invitation link is not valid.");

		// The manager sees both members joined.
		signIn(manager.email());
		open("/evaluation/challenges/" + challenge.id() + "/panel");
		waitForTextContaining("#panel-members", "Eva Expert");
		assertThat($("#panel-members").getText()).contains("joined").doesNotContain("invited");
	}

	/**
	 * A bidder's owner got hold of an expert's invitation to the panel, and of an
	 * invitation to join another company: following either link signed in as themselves,
	 * they are told, with the address masked, that it was sent to someone else and how to
	 * sign in with the right account; there is nothing to accept, and the expert's seat
	 * still waits for the expert.
	 */
	@Test
	void aBiddersOwnerFollowingSomeoneElsesInvitationIsToldItIsNotTheirsAndCannotAccept() {
		var agency = bidding.agency();
		var challenge = bidding.challenge(agency);
		var bidder = bidding.company(agency, Language.ENGLISH);
		bidding.proposal(bidder, challenge, bidding.complete(challenge));
		var expert = "expert." + UUID.randomUUID().toString().substring(0, 8) + "@test.example";
		bidding.as(agency.manager(), agency.id(),
				() -> panels.invite(challenge.id(), expert, "Eva Expert", PanelRole.EVALUATOR, Language.ENGLISH));
		var panelLink = TestMail
			.firstLink(TestMail.awaitMail(expert, "Invitation to the evaluation panel of " + challenge.reference()));
		var other = bidding.company(agency, Language.ENGLISH);
		var colleague = "colleague." + UUID.randomUUID().toString().substring(0, 8) + "@test.example";
		bidding.as(other.owner(), other.id(),
				() -> invitations.invite(other.id(), colleague, MembershipRole.MEMBER, Language.ENGLISH));
		var companyLink = TestMail.firstLink(TestMail.awaitMailTo(colleague).getFirst());

		signIn(bidder.ownerEmail());
		openPage(panelLink);
		waitForTextContaining("#invitation-other-address", "This invitation was sent to e…@test.example");
		assertThat($("#main-content").getText()).contains("sign in with the account of e…@test.example")
			.doesNotContain(expert);
		assertThat(driver.findElements(By.id("accept-invitation"))).as("nothing to accept").isEmpty();
		assertAccessible();

		openPage(companyLink);
		waitForTextContaining("#invitation-other-address", "This invitation was sent to c…@test.example");
		assertThat($("#main-content").getText()).doesNotContain(colleague);
		assertThat(driver.findElements(By.id("accept-invitation"))).isEmpty();
		assertAccessible();

		assertThat(bidding.as(agency.manager(), agency.id(), () -> panels.panel(challenge.id())).members())
			.singleElement()
			.satisfies(member -> assertThat(member.hasJoined()).as("the expert's seat still waits for the expert")
				.isFalse());
		assertThat(directory.members(other.id())).doesNotContain(bidder.owner());
	}

	/**
	 * Fills the invitation form and waits for the member to be listed; the role stays
	 * "Evaluator" when null.
	 */
	private void invite(String email, String name, String role) {
		type("#panel-email", email);
		type("#panel-name", name);
		if (role != null) {
			var combo = $("#panel-role");
			click(combo.findElement(By.cssSelector("input")));
			clickText("vaadin-combo-box-item", role);
			combo.findElement(By.cssSelector("input")).sendKeys(Keys.TAB);
			waitForVaadin();
		}
		click("#panel-invite");
		waitForTextContaining("#panel-members", email);
	}

	@Test
	void theChairAwardsTwoPilotsAndJustifiesChoosingTheThirdOverTheSecond() {
		var scenario = fixtures.scenario(0, 2);
		fixtures.close(scenario);
		var a = scenario.companies().get(0).name();
		var b = scenario.companies().get(1).name();
		var c = scenario.companies().get(2).name();
		for (var evaluator : scenario.evaluators()) {
			as(evaluator,
					() -> evaluations.declare(scenario.challenge().id(),
							evaluations.bidders(scenario.challenge().id())
								.stream()
								.collect(Collectors.toMap(Bidder::company, bidder -> DeclarationInput.noConflict()))));
			var points = 5;
			for (var proposal : scenario.proposals()) {
				var given = points--;
				as(evaluator,
						() -> evaluations.submit(proposal,
								scenario.qualitative()
									.stream()
									.map(criterion -> new Score(criterion.id(), given,
											"The proposal explains this part of its plan well."))
									.toList()));
			}
		}
		for (var proposal : scenario.proposals()) {
			as(scenario.chair(),
					() -> awards.recordConsensus(proposal,
							query.consensusForm(proposal)
								.criteria()
								.stream()
								.map(criterion -> new ConsensusInput(criterion.criterion().id(), criterion.mean(),
										"The panel agreed on " + criterion.mean() + " points for this criterion.", ""))
								.toList()));
		}

		signIn(directory.person(scenario.chair()).orElseThrow().email());
		open("/evaluation/challenges/" + scenario.challenge().id() + "/progress");
		var winners = $("#winners");
		assertThat(winners.getText()).contains("Proposals to award (at most 2)", "1. " + a, "2. " + b, "3. " + c);
		assertThat(checked()).containsExactly("1. " + a, "2. " + b);
		assertAccessible();

		click(checkbox("2. " + b));
		click(checkbox("3. " + c));
		click("#propose-award");
		browser().confirm();
		waitForTextContaining("vaadin-notification-card",
				"Justify in at least 30 characters why you do not follow the ranking");
		assertThat($("#decision").getText()).doesNotContain("Proposed for award");

		type("#decision vaadin-text-area", "The second proposal needs a 4G network the city does not have.");
		click("#propose-award");
		browser().confirm();
		waitForTextContaining("#decision", "Proposed for award: " + a + ", " + c);
		assertAccessible();

		driver.manage().deleteAllCookies();
		open("/challenges/" + scenario.challenge().reference());
		waitForTextContaining("#main-content", "2 pilots awarded on");
		assertThat($("#main-content").getText()).contains(a + " for", c + " for").doesNotContain(b + " for");
	}

	private List<String> checked() {
		return $$("#winners vaadin-checkbox[checked]").stream().map(checkbox -> checkbox.getText().strip()).toList();
	}

	private WebElement checkbox(String label) {
		return $$("#winners vaadin-checkbox").stream()
			.filter(checkbox -> checkbox.getText().strip().equals(label))
			.findFirst()
			.orElseThrow()
			.findElement(By.cssSelector("label"));
	}

	private void as(PersonId person, Runnable work) {
		bidding.as(person, null, work);
	}

}
