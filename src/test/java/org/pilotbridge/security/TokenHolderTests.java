package org.pilotbridge.security;

import java.util.ArrayList;
import java.util.Map;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

import org.pilotbridge.evaluation.PanelManagement;
import org.pilotbridge.evaluation.PanelRole;
import org.pilotbridge.identity.InvitationManagement;
import org.pilotbridge.identity.MembershipRole;
import org.pilotbridge.identity.OrganisationDirectory;
import org.pilotbridge.identity.PersonId;
import org.pilotbridge.identity.RunAs;
import org.pilotbridge.shared.Language;
import org.pilotbridge.test.TestBidding;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Proves {@link TokenHolders}: every link meant for one person, followed by each role of
 * the access matrix other than its addressee, is refused and changes nothing; followed by
 * its addressee it works, once. Each link is issued afresh, away from the objects the
 * access matrix reads (another agency's challenge, the company that does not bid), and
 * every attempt is real, not rolled back.
 */
@SecuritySuiteTest
class TokenHolderTests {

	@Autowired
	SecurityScenario scenario;

	@Autowired
	TestBidding bidding;

	@Autowired
	PanelManagement panels;

	@Autowired
	InvitationManagement invitations;

	@Autowired
	OrganisationDirectory directory;

	@Autowired
	RunAs runAs;

	/**
	 * This application's holder of the security context, which its services read (see
	 * RunAs).
	 */
	@Autowired
	SecurityContextHolderStrategy securityContexts;

	@Autowired
	JdbcClient jdbc;

	@Test
	void everyLinkWorksForItsAddresseeOnceAndForNobodyElse() {
		var world = scenario.world();
		var differences = new ArrayList<String>();
		for (var line : TokenHolders.lines()) {
			var issued = issue(line.link(), world);
			for (var role : Role.values()) {
				var before = issued.state().read();
				var actual = attempt(world.actor(role).person(), world.actor(role).organisation(),
						() -> use(line.link(), issued.token()));
				var expected = line.byRole().get(role.ordinal());
				if (actual != expected) {
					differences.add(line.link() + " followed by the " + role.description() + ": expected "
							+ expected.token() + ", got " + actual.token());
				}
				if (actual != Outcome.OK && !issued.state().read().equals(before)) {
					differences.add(line.link() + " followed by the " + role.description() + " was refused but changed "
							+ "something");
				}
			}
			var first = attempt(issued.addressee(), null, () -> use(line.link(), issued.token()));
			if (first != line.addressee()) {
				differences.add(line.link() + " followed by its addressee: expected " + line.addressee().token()
						+ ", got " + first.token());
			}
			var joined = issued.state().read();
			var again = attempt(issued.addressee(), null, () -> use(line.link(), issued.token()));
			if (again != line.again()) {
				differences.add(line.link() + " followed by its addressee again: expected " + line.again().token()
						+ ", got " + again.token());
			}
			if (!issued.state().read().equals(joined)) {
				differences.add(line.link() + " followed again changed something");
			}
		}
		assertThat(differences).as("Links that work for someone other than their addressee, or more than once")
			.isEmpty();
	}

	private TokenHolders.Issued issue(String link, SecurityScenario.World world) {
		var addressee = bidding.person("addressee", Language.ENGLISH, false);
		var email = directory.person(addressee).orElseThrow().email();
		return switch (link) {
			case "panel-invitation" -> {
				var challenge = world.otherAgencyChallenge().id();
				bidding.as(world.otherAgency().manager(), world.otherAgency().id(),
						() -> panels.invite(challenge, email, "The addressee", PanelRole.EVALUATOR, Language.ENGLISH));
				yield new TokenHolders.Issued(scenario.tokenSentTo(email), addressee, () -> Map.of("seat", jdbc.sql(
						"SELECT person_id, joined_at FROM evaluation_panel_member WHERE challenge_id = ? AND email = ?")
					.params(challenge.id(), email)
					.query()
					.listOfRows(), "panel",
						jdbc.sql("SELECT id, person_id FROM evaluation_panel_member WHERE challenge_id = ? ORDER BY id")
							.param(challenge.id())
							.query()
							.listOfRows()));
			}
			case "organisation-invitation" -> {
				var company = world.otherCompany();
				bidding.as(company.owner(), company.id(),
						() -> invitations.invite(company.id(), email, MembershipRole.MEMBER, Language.ENGLISH));
				yield new TokenHolders.Issued(scenario.tokenSentTo(email), addressee, () -> Map.of("invitation", jdbc
					.sql("SELECT accepted_at, accepted_by, revoked_at FROM invitation WHERE organisation_id = ? AND email = ?")
					.params(company.id().id(), email)
					.query()
					.listOfRows(), "members",
						jdbc.sql("SELECT person_id, role FROM membership WHERE organisation_id = ? ORDER BY person_id")
							.param(company.id().id())
							.query()
							.listOfRows()));
			}
			default ->
				throw new IllegalArgumentException("No way to issue the link " + link + " of TokenHolders.LINKS");
		};
	}

	private Object use(String link, String token) {
		return switch (link) {
			case "panel-invitation" -> panels.accept(token);
			case "organisation-invitation" -> invitations.accept(token);
			default -> throw new IllegalArgumentException("No way to follow the link " + link);
		};
	}

	private Outcome attempt(PersonId person, org.pilotbridge.identity.OrganisationId organisation,
			Supplier<Object> use) {
		Supplier<Outcome> attempt = () -> {
			try {
				return Outcome.ofResult(use.get());
			}
			catch (RuntimeException thrown) {
				return Outcome.ofFailure(thrown, person == null);
			}
		};
		if (person == null) {
			var previous = securityContexts.getContext();
			var anonymous = securityContexts.createEmptyContext();
			anonymous.setAuthentication(new AnonymousAuthenticationToken("tokens", "anonymousUser",
					AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
			securityContexts.setContext(anonymous);
			try {
				return attempt.get();
			}
			finally {
				securityContexts.setContext(previous);
			}
		}
		return runAs.person(person, organisation, attempt);
	}

}
