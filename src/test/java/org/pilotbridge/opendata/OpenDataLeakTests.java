package org.pilotbridge.opendata;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.commons.csv.CSVFormat;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.w3c.dom.Node;
import tools.jackson.databind.JsonNode;

import org.pilotbridge.challenge.ChallengeDirectory;
import org.pilotbridge.challenge.ChallengeManagement;
import org.pilotbridge.challenge.Criterion;
import org.pilotbridge.identity.OrganisationDirectory;
import org.pilotbridge.identity.OrganisationId;
import org.pilotbridge.identity.OrganisationSummary;
import org.pilotbridge.identity.PersonSummary;
import org.pilotbridge.identity.RunAs;
import org.pilotbridge.opendata.OpenDataScenarios.Made;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Nothing sealed leaks: a challenge is taken through every state (draft, published,
 * amended with questions, withdrawn, closed, under evaluation, awarded, in force, no
 * award, awarded with a pilot run to its end) and after each step every open-data
 * endpoint is read and every field of every JSON, XML and CSV output is walked. It fails
 * on draft content, private questions and rejection reasons, people (names, e-mail
 * addresses, ids), internal ids (challenges, criteria, questions, proposals, pilots),
 * bidders before the award and losing bidders at all (bidder names are not published by
 * default), and what belongs on a pilot's results page only (lessons learned, the
 * company's account).
 * <p>
 * Public ids are the challenge reference, the ocid, release and award ids built from
 * them, and organisation ids (agencies always, winners once awarded): any other UUID
 * fails the test.
 */
class OpenDataLeakTests extends OpenDataWebTest {

	private static final Pattern EMAIL = Pattern.compile("[\\w.%+-]+@[\\w-]+(\\.[\\w-]+)+");

	private static final Pattern UUID_PATTERN = Pattern
		.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

	private static final Set<String> PERSONAL_KEYS = Set.of("email", "contactPoint", "telephone", "faxNumber", "person",
			"people", "askedBy", "createdBy", "amendedBy", "submittedBy", "displayName");

	@Autowired
	ChallengeManagement management;

	@Autowired
	ChallengeDirectory challenges;

	@Autowired
	OrganisationDirectory organisations;

	@Autowired
	RunAs runAs;

	@Test
	void publishesNothingThatIsNotPublicInAnyStateOfAChallenge() {
		var cast = scenarios.cast();
		var sealed = new Sealed(cast);
		var draft = runAs.person(cast.manager().id(), cast.agency(),
				() -> management.createDraft(cast.agency(),
						scenarios.draft(cast, "DRAFT SECRET", "72000000-5")
							.summary("Unpublished summary " + cast.run())
							.problemStatement("Unpublished problem " + cast.run())
							.build()));
		sealed.text("DRAFT SECRET", "Unpublished summary " + cast.run(), "Unpublished problem " + cast.run());
		sealed.id(draft.id());
		sealed.criteria(challenges.challenge(draft).orElseThrow().criteria());
		var visible = new ArrayList<Made>();
		checkEveryEndpoint("draft", visible, sealed);

		var challenge = publish(cast, "Leak check", sealed, visible);
		checkEveryEndpoint("published", visible, sealed);

		var questions = scenarios.askQuestions(cast, challenge);
		questions.privateTexts().forEach(sealed::text);
		questions.ids().forEach(sealed::id);
		scenarios.amendDeadline(cast, challenge, Duration.ofDays(28), "Public reason for more time");
		checkEveryEndpoint("amended, with questions", visible, sealed);

		var withdrawn = publish(cast, "Leak check withdrawn", sealed, visible);
		scenarios.withdraw(cast, withdrawn, "Public withdrawal reason");
		checkEveryEndpoint("withdrawn", visible, sealed);

		var unawarded = publish(cast, "Leak check no award", sealed, visible);
		scenarios.recordSubmissions(challenge.id(), 2);
		scenarios.close(unawarded);
		scenarios.close(challenge);
		checkEveryEndpoint("closed", visible, sealed);

		scenarios.startEvaluation(cast, challenge);
		scenarios.startEvaluation(cast, unawarded);
		checkEveryEndpoint("under evaluation", visible, sealed);

		scenarios.award(challenge, cast.winner(), List.of(cast.winner(), cast.loser()));
		sealed.awarded();
		checkEveryEndpoint("awarded, standstill running", visible, sealed);

		scenarios.bringAwardsIntoForce(challenge);
		scenarios.noAward(unawarded);
		checkEveryEndpoint("awarded in force, and no award", visible, sealed);

		var piloted = publish(cast, "Leak check pilot", sealed, visible);
		var bids = scenarios.bid(cast, piloted);
		bids.forEach(bid -> sealed.id(bid.id()));
		scenarios.close(piloted);
		scenarios.startEvaluation(cast, piloted);
		scenarios.awardWithPilot(cast, piloted, bids);
		sealed.id(scenarios.pilotId(piloted.reference() + "-P1"));
		checkEveryEndpoint("awarded with a pilot planned", visible, sealed);

		sealed.text(OpenDataScenarios.LESSONS + cast.run(), OpenDataScenarios.ACCOUNT + cast.run());
		scenarios.runPilotToItsEnd(cast, piloted);
		checkEveryEndpoint("pilot run to its end, results and account written", visible, sealed);
	}

	private Made publish(OpenDataScenarios.Cast cast, String title, Sealed sealed, List<Made> visible) {
		var made = scenarios.publish(cast, scenarios.draft(cast, title, "72000000-5"));
		sealed.id(made.id());
		sealed.criteria(challenges.challenge(made.id()).orElseThrow().criteria());
		visible.add(made);
		return made;
	}

	/** Reads every endpoint and walks every field of what it returns. */
	private void checkEveryEndpoint(String stage, List<Made> visible, Sealed sealed) {
		var run = sealed.cast.run();
		var outputs = new ArrayList<String>();
		var next = "/api/ocds/releases?size=500";
		while (next != null) {
			var page = body(next);
			outputs.add(next);
			walkJson(page, sealed, stage, next);
			var links = json.readTree(page).at("/links/next");
			next = links.isString() ? path(links.asString()) : null;
		}
		for (var made : visible) {
			var record = "/api/ocds/records/" + scenarios.ocid(made);
			walkJson(body(record), sealed, stage, record);
			var details = "/api/challenges/" + made.reference();
			walkJson(body(details), sealed, stage, details);
		}
		for (var list : List.of("/api/challenges?size=100&q=" + run, "/api/challenges?size=100&sort=newest")) {
			walkJson(body(list), sealed, stage, list);
		}
		assertThat(json("/api/challenges?q=DRAFT+SECRET+" + run).path("total").asInt()).isZero();
		for (var feed : List.of("/feeds/challenges.atom", "/feeds/challenges.atom?agency=" + sealed.cast.agency(),
				"/feeds/challenges.atom?cpvDivision=72", "/sitemap.xml")) {
			walkXml(body(feed), sealed, stage, feed);
		}
		for (var export : List.of("/api/exports/challenges.csv", "/api/exports/awards.csv")) {
			walkCsv(body(export), sealed, stage, export);
		}
		check(body("/robots.txt"), sealed, stage, "/robots.txt");
	}

	private void walkJson(String body, Sealed sealed, String stage, String endpoint) {
		walk(json.readTree(body), text -> check(text, sealed, stage, endpoint), key -> {
			assertThat(PERSONAL_KEYS).as("field %s in %s when %s", key, endpoint, stage).doesNotContain(key);
			check(key, sealed, stage, endpoint);
		});
	}

	private static void walk(JsonNode node, Consumer<String> values, Consumer<String> keys) {
		if (node.isObject()) {
			node.properties().forEach(field -> {
				keys.accept(field.getKey());
				walk(field.getValue(), values, keys);
			});
		}
		else if (node.isArray()) {
			node.values().forEach(item -> walk(item, values, keys));
		}
		else if (!node.isNull()) {
			values.accept(node.asString());
		}
	}

	private void walkXml(String body, Sealed sealed, String stage, String endpoint) {
		try {
			var factory = DocumentBuilderFactory.newInstance();
			factory.setNamespaceAware(true);
			var document = factory.newDocumentBuilder()
				.parse(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
			walkXml(document.getDocumentElement(), text -> check(text, sealed, stage, endpoint));
		}
		catch (Exception e) {
			throw new AssertionError("Not XML: " + endpoint, e);
		}
	}

	private static void walkXml(Node node, Consumer<String> texts) {
		if (node.getNodeType() == Node.TEXT_NODE || node.getNodeType() == Node.CDATA_SECTION_NODE) {
			texts.accept(node.getNodeValue());
		}
		if (node.getAttributes() != null) {
			for (var i = 0; i < node.getAttributes().getLength(); i++) {
				texts.accept(node.getAttributes().item(i).getNodeValue());
			}
		}
		for (var child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
			walkXml(child, texts);
		}
	}

	private void walkCsv(String body, Sealed sealed, String stage, String endpoint) {
		try (var csv = CSVFormat.RFC4180.parse(new StringReader(body))) {
			csv.forEach(row -> row.forEach(cell -> check(cell, sealed, stage, endpoint)));
		}
		catch (IOException e) {
			throw new AssertionError("Not CSV: " + endpoint, e);
		}
	}

	private void check(String text, Sealed sealed, String stage, String endpoint) {
		var where = "%s when %s: %s".formatted(endpoint, stage, text.length() > 200 ? text.substring(0, 200) : text);
		assertThat(EMAIL.matcher(text).find()).as("an e-mail address in " + where).isFalse();
		for (var forbidden : sealed.texts) {
			assertThat(text).as("sealed text in " + where).doesNotContain(forbidden);
		}
		var ids = UUID_PATTERN.matcher(text);
		while (ids.find()) {
			var id = UUID.fromString(ids.group());
			assertThat(sealed.ids).as("a sealed id in " + where).doesNotContain(id);
			assertThat(organisations.organisation(new OrganisationId(id)))
				.as("a UUID that is no organisation in " + where)
				.isPresent();
		}
	}

	/**
	 * What must not be published: grows as the challenge goes through its life, shrinks
	 * at the award.
	 */
	private final class Sealed {

		final OpenDataScenarios.Cast cast;

		final Set<String> texts = new LinkedHashSet<>();

		final Set<UUID> ids = new LinkedHashSet<>();

		Sealed(OpenDataScenarios.Cast cast) {
			this.cast = cast;
			for (PersonSummary person : cast.people()) {
				text(person.displayName(), person.email());
				id(person.id().id());
			}
			organisation(cast.loser());
			organisation(cast.winner());
		}

		void text(String... values) {
			texts.addAll(List.of(values));
		}

		void id(Object id) {
			ids.add(UUID.fromString(id.toString()));
		}

		void criteria(List<Criterion> criteria) {
			criteria.forEach(criterion -> id(criterion.criterionId()));
		}

		/** The winner is public from the award on; the losing bidder never is. */
		void awarded() {
			var winner = organisations.organisation(cast.winner()).orElseThrow();
			texts.removeAll(facts(winner));
			ids.remove(winner.id().id());
		}

		private void organisation(OrganisationId id) {
			texts.addAll(facts(organisations.organisation(id).orElseThrow()));
			id(id.id());
		}

		/** Its name and enterprise number, as typed and as published in an identifier. */
		private static List<String> facts(OrganisationSummary organisation) {
			var facts = new ArrayList<String>(List.of(organisation.name()));
			if (organisation.enterpriseNumber() != null) {
				var number = organisation.enterpriseNumber().value();
				facts.add(number);
				facts.add(number.replaceFirst("^[A-Z]{2}", ""));
			}
			return facts;
		}

	}

}
