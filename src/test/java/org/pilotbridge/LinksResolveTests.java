package org.pilotbridge;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import jakarta.servlet.ServletContext;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

import org.pilotbridge.catalogue.CatalogueLinks;
import org.pilotbridge.catalogue.SolutionQuery;
import org.pilotbridge.challenge.AttachmentId;
import org.pilotbridge.challenge.ChallengeAction;
import org.pilotbridge.challenge.ChallengeContribution.ContributedLink;
import org.pilotbridge.challenge.ChallengeContribution;
import org.pilotbridge.challenge.ChallengeDraft;
import org.pilotbridge.challenge.ChallengeId;
import org.pilotbridge.challenge.ChallengeLinks;
import org.pilotbridge.challenge.ChallengeQuery;
import org.pilotbridge.challenge.ChallengeState;
import org.pilotbridge.challenge.ClarificationManagement;
import org.pilotbridge.challenge.ManagedChallenge;
import org.pilotbridge.consultation.ConsultationQuery;
import org.pilotbridge.dossier.ProcurementFileLinks;
import org.pilotbridge.evaluation.EvaluationLinks;
import org.pilotbridge.identity.IdentityLinks;
import org.pilotbridge.identity.OrganisationId;
import org.pilotbridge.identity.PersonManagement;
import org.pilotbridge.pilot.PilotLinks;
import org.pilotbridge.pilot.PublicResults;
import org.pilotbridge.proposal.ProposalAttachmentId;
import org.pilotbridge.proposal.ProposalId;
import org.pilotbridge.proposal.ProposalLinks;
import org.pilotbridge.shared.Language;
import org.pilotbridge.shared.PublicPaths;
import org.pilotbridge.shared.web.PublicSiteTest;
import org.pilotbridge.test.TestBidding;
import org.pilotbridge.test.WebClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Every link the product renders leads somewhere: each address the modules' typed links
 * build (for views, e-mails and pages), each link a module contributes to another's view
 * in every state of a challenge, and each link and form of the public pages as a visitor
 * and a company member read them, and each link of the mails and notices sent (in their
 * recipients' languages) is served by a controller of Spring MVC or a view of Vaadin's
 * route registry. A link renamed on one side only fails here, not in front of a person
 * who follows it.
 *
 * @see "Design decision: docs/decisions/DD027-20261207-typed-links.md"
 */
@PublicSiteTest
class LinksResolveTests {

	private static final Pattern MAIL_LINK = Pattern.compile("http://localhost:\\d+/[^\\s\"<>)\\]]*");

	/** Served by Spring Security's filters, not by a handler: signing in and out. */
	private static final List<String> SECURITY_ENDPOINTS = List.of("/logout", "/oauth2/authorization/");

	@LocalServerPort
	int port;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping controllers;

	@Autowired
	ServletContext servletContext;

	@Autowired
	List<ChallengeContribution> contributions;

	@Autowired
	TestBidding bidding;

	@Autowired
	ChallengeQuery challenges;

	@Autowired
	PersonManagement persons;

	@Autowired
	ClarificationManagement clarifications;

	@Autowired
	JdbcClient jdbc;

	@Test
	void servesEveryAddressTheTypedLinksBuild() {
		var challenge = new ChallengeId(UUID.randomUUID());
		var reference = "CH-2026-0042";
		var links = new ArrayList<String>(List.of(ChallengeLinks.list(), ChallengeLinks.page(reference),
				ChallengeLinks.attachment(reference, new AttachmentId(UUID.randomUUID())), ChallengeLinks.dashboard(),
				ChallengeLinks.manage(challenge), ChallengeLinks.edit(challenge), EvaluationLinks.challenge(challenge),
				EvaluationLinks.panel(challenge), EvaluationLinks.progress(challenge),
				EvaluationLinks.invitation("x7Yq"), PilotLinks.myPilots(), PilotLinks.ofChallenge(reference),
				PilotLinks.manage(reference + "-P1"), PilotLinks.company(reference + "-P1"),
				PublicResults.pathOf(reference + "-P1"), IdentityLinks.forgotPassword(), IdentityLinks.register(),
				IdentityLinks.organisation(), CatalogueLinks.suggestions(challenge),
				SolutionQuery.pathOf("SOL-2026-0007"), ConsultationQuery.pathOf("MC-2026-0003"),
				ProposalLinks.form(reference),
				ProposalLinks.attachment(new ProposalId(UUID.randomUUID()),
						new ProposalAttachmentId(UUID.randomUUID())),
				ProposalLinks.receipt(new ProposalId(UUID.randomUUID()), 2), ProcurementFileLinks.file(challenge),
				ProposalLinks.outcomeLetter(new ProposalId(UUID.randomUUID())), ProposalLinks.dashboard()));
		for (var language : Language.values()) {
			links.add(PublicPaths.of(language, ChallengeLinks.list()));
			links.add(PublicPaths.of(language, ChallengeLinks.page(reference)));
		}

		assertThat(unserved(links, "GET")).isEmpty();
	}

	@Test
	void servesEveryLinkAModuleContributesToTheChallengesViewsInEveryState() {
		var links = new LinkedHashSet<String>();
		var deadline = Instant.parse("2026-12-20T12:00:00Z");
		for (var state : ChallengeState.values()) {
			for (var now : List.of(deadline.minus(Duration.ofDays(1)), deadline.plus(Duration.ofDays(1)))) {
				var challenge = managed(state, deadline);
				var allowed = challenge.actionsAt(now);
				contributions.forEach(contribution -> {
					contribution.manageActions(challenge, allowed).forEach(link -> links.add(link.href()));
					contribution.manageSections(challenge, allowed)
						.forEach(section -> links.add(section.link().href()));
				});
			}
		}
		contributions.forEach(contribution -> contribution.dashboardLinks().forEach(link -> links.add(link.href())));
		var published = challenges
			.byReference(bidding.challenge(bidding.agency(), "Safer school crossings").reference())
			.orElseThrow();
		contributions.forEach(contribution -> contribution.nextSteps(published, Set.of(ChallengeAction.values()))
			.stream()
			.map(ContributedLink::href)
			.forEach(links::add));

		assertThat(links).as("the panel, the evaluation, the pilots, the suggestions and the proposal form")
			.hasSizeGreaterThanOrEqualTo(6);
		assertThat(links).as("the procurement file").anyMatch(link -> link.startsWith("/procurement-files/"));
		assertThat(unserved(links, "GET")).isEmpty();
	}

	@Test
	void servesEveryLinkAndFormOfThePublicPages() {
		var agency = bidding.agency();
		var challenge = bidding.challenge(agency, "Warmer waiting rooms");
		var company = bidding.company(agency, Language.ENGLISH);
		var page = ChallengeLinks.page(challenge.reference());
		var visitor = WebClient.visitor(base());
		var pages = new ArrayList<Document>();
		for (var path : List.of("/", "/accessibility", ChallengeLinks.list(), page, "/fr" + page, "/solutions",
				"/consultations", "/results")) {
			var response = visitor.get(path);
			assertThat(response.statusCode()).as(path).isEqualTo(200);
			pages.add(WebClient.html(response));
		}
		var signedIn = WebClient.signedIn(base(), company.ownerEmail(), page);
		pages.add(WebClient.html(signedIn.landing()));
		pages.add(WebClient.html(signedIn.client().get(ChallengeLinks.list())));

		var links = new LinkedHashSet<String>();
		var forms = new LinkedHashSet<String>();
		pages.forEach(document -> {
			document.select("a[href]").eachAttr("href").stream().filter(this::isOurs).forEach(links::add);
			document.select("form[action][method=post]")
				.eachAttr("action")
				.stream()
				.filter(this::isOurs)
				.forEach(forms::add);
		});

		assertThat(links).contains(page, ProposalLinks.form(challenge.reference()));
		assertThat(unserved(links, "GET")).isEmpty();
		assertThat(forms).isNotEmpty();
		assertThat(unserved(forms, "POST")).isEmpty();
	}

	@Test
	void servesEveryLinkOfTheMailsAndNoticesInTheRecipientsLanguage() {
		var agency = bidding.agency();
		bidding.as(agency.manager(), agency.id(), () -> persons.updateProfile("Manon Lefèvre", Language.FRENCH));
		var challenge = bidding.challenge(agency, "Quieter bin lorries");
		var company = bidding.company(agency, Language.DUTCH);
		bidding.as(company.owner(), company.id(), () -> clarifications.ask(challenge.id(), "May we test at night?"));
		await().atMost(Duration.ofSeconds(30))
			.until(() -> jdbc
				.sql("SELECT count(*) FROM outgoing_mail WHERE template = 'challenge-question-asked'"
						+ " AND text_body LIKE '%Quieter bin lorries%'")
				.query(Long.class)
				.single() > 0);

		var links = new LinkedHashSet<String>();
		jdbc.sql("SELECT text_body FROM outgoing_mail").query(String.class).list().forEach(body -> {
			var found = MAIL_LINK.matcher(body);
			while (found.find()) {
				links.add(found.group());
			}
		});
		jdbc.sql("SELECT link FROM notification WHERE link IS NOT NULL").query(String.class).list().forEach(links::add);

		assertThat(links).as("the French manager's link to the question")
			.contains(base() + ChallengeLinks.manage(challenge.id()));
		assertThat(unserved(links, "GET")).isEmpty();
	}

	/** The links that neither a controller nor a view serves. */
	private List<String> unserved(Iterable<String> links, String method) {
		var unserved = new ArrayList<String>();
		links.forEach(link -> {
			if (!served(link, method)) {
				unserved.add(link);
			}
		});
		return unserved;
	}

	private boolean served(String link, String method) {
		var uri = URI.create(link.startsWith(base()) ? link.substring(base().length()) : link);
		var path = uri.getPath().isEmpty() ? "/" : uri.getPath();
		if (SECURITY_ENDPOINTS.stream().anyMatch(path::startsWith)) {
			return true;
		}
		var request = new MockHttpServletRequest(servletContext, method,
				uri.getRawPath().isEmpty() ? "/" : uri.getRawPath());
		request.setQueryString(uri.getRawQuery());
		ServletRequestPathUtils.parseAndCache(request);
		try {
			if (controllers.getHandler(request) != null) {
				return true;
			}
		}
		catch (Exception notThisMethod) {
			// Another method is mapped at that address: not a route for this one.
		}
		return method.equals("GET") && ApplicationRouteRegistry.getInstance(new VaadinServletContext(servletContext))
			.getNavigationRouteTarget(path.substring(1))
			.hasTarget();
	}

	private boolean isOurs(String href) {
		return href.startsWith(base()) || (href.startsWith("/") && !href.startsWith("//"));
	}

	private String base() {
		return "http://localhost:" + port;
	}

	private static ManagedChallenge managed(ChallengeState state, Instant deadline) {
		var published = state != ChallengeState.DRAFT;
		var closed = Arrays.asList(ChallengeState.DRAFT, ChallengeState.PUBLISHED, ChallengeState.WITHDRAWN)
			.contains(state) ? null : deadline.plus(Duration.ofMinutes(5));
		return new ManagedChallenge(new ChallengeId(UUID.randomUUID()), 1, published ? "CH-2026-0042" : null,
				new OrganisationId(UUID.randomUUID()), state, ChallengeDraft.empty(), List.of(), false, 0, 1, List.of(),
				List.of(), null, deadline.minus(Duration.ofDays(30)),
				published ? deadline.minus(Duration.ofDays(21)) : null, closed, deadline.minus(Duration.ofDays(7)),
				deadline, null);
	}

}
