package org.pilotbridge.opendata;

import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.keyword.NonValidationKeyword;
import org.apache.commons.csv.CSVFormat;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.pilotbridge.evaluation.awards.AwardDecision;
import org.pilotbridge.opendata.OpenDataScenarios.Case;
import org.pilotbridge.opendata.OpenDataScenarios.EveryState;
import org.pilotbridge.shared.Money;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OCDS output for challenges in every state, and for a pilot from its contract to its
 * end, is valid against the official OCDS 1.1.5 release package and record package
 * schemas (JSON Schema draft-04, read from {@code src/test/resources/ocds}), and holds
 * what the schemas cannot check: every party referenced exists with its role, ids are
 * unique, dates are in order, codes come from the codelists, every contract belongs to an
 * award.
 */
class OcdsAcceptanceTests extends OpenDataWebTest {

	private static final String SCHEMAS = "https://standard.open-contracting.org/schema/1__1__5/";

	private static final String NO_VERSIONED_RELEASE = "urn:pilotbridge:test:no-versioned-release";

	/**
	 * Draft-04 with the annotations OCDS adds to its schemas, which carry no validation.
	 * The record package schema refers to the versioned release schema, which is not
	 * among the files copied here: Pilotbridge publishes no versioned releases, so it
	 * stands for a schema that accepts none.
	 */
	private static final SchemaRegistry registry = SchemaRegistry.withDialect(Dialect.builder(Dialects.getDraft4())
		.keywords(List.of("codelist", "openCodelist", "omitWhenMerged", "wholeListMerge", "versionId", "deprecated")
			.stream()
			.map(NonValidationKeyword::new)
			.toList())
		.build(),
			builder -> builder
				.schemaIdResolvers(resolvers -> resolvers
					.mapPrefix(SCHEMAS + "versioned-release-validation-schema.json", NO_VERSIONED_RELEASE)
					.mapPrefix(SCHEMAS, "classpath:ocds/")
					.mapPrefix(SCHEMAS.replace("https:", "http:"), "classpath:ocds/"))
				.schemas(Map.of(NO_VERSIONED_RELEASE, "{\"not\": {}}"))
				.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));

	private static final Schema releasePackageSchema = registry
		.getSchema(SchemaLocation.of(SCHEMAS + "release-package-schema.json"));

	private static final Schema recordPackageSchema = registry
		.getSchema(SchemaLocation.of(SCHEMAS + "record-package-schema.json"));

	private EveryState every;

	@BeforeEach
	void makeChallengesInEveryState() {
		every = scenarios.everyState();
	}

	@Test
	void servesReleasePackagesValidAgainstTheOfficialSchemaOnEveryPage() {
		var pages = 0;
		for (var page : releasePages()) {
			assertValid(releasePackageSchema, page);
			assertThat(page.path("version").asString()).isEqualTo("1.1");
			assertThat(page.at("/publisher/name").asString()).isEqualTo("Pilotbridge");
			pages++;
		}
		assertThat(pages).isGreaterThan(1);
	}

	@Test
	void validatesForReal() {
		var page = json("/api/ocds/releases?size=1");
		((tools.jackson.databind.node.ObjectNode) page).remove("publisher");
		((tools.jackson.databind.node.ObjectNode) page.path("releases").get(0)).put("date", "yesterday");
		((tools.jackson.databind.node.ObjectNode) page.path("releases").get(0).path("tender")).put("status", "open");

		assertThat(releasePackageSchema.validate(page)).extracting(error -> error.getInstanceLocation().toString())
			.contains("", "/releases/0/date", "/releases/0/tender/status");
	}

	@Test
	void servesValidRecordsForAChallengeInEveryPublicState() {
		for (var made : every.published()) {
			var ocid = scenarios.ocid(made);
			var record = json("/api/ocds/records/" + ocid);

			assertValid(recordPackageSchema, record);
			var releases = record.at("/records/0/releases").values().stream().toList();
			assertThat(releases).as("releases of %s", ocid).hasSize(scenarios.releases(made));
			assertThat(dates(releases)).as("dates of the releases of %s", ocid).isSorted();
			var compiled = record.at("/records/0/compiledRelease");
			assertThat(compiled.path("tag")).hasToString("[\"compiled\"]");
			assertThat(compiled.path("date").asString())
				.isEqualTo(releases.get(releases.size() - 1).path("date").asString());
			assertConsistent(compiled);
		}
	}

	@Test
	void publishesTheStepsOfEachChallengeWithTheirTagsAndStatuses() {
		assertSteps(Case.PUBLISHED, List.of("tender"), "active");
		assertSteps(Case.AMENDED, List.of("tender", "tenderAmendment"), "active");
		assertSteps(Case.WITHDRAWN, List.of("tender", "tenderCancellation"), "cancelled");
		assertSteps(Case.CLOSED, List.of("tender", "tenderUpdate"), "active");
		assertSteps(Case.UNDER_EVALUATION, List.of("tender", "tenderUpdate", "tenderUpdate"), "active");
		assertSteps(Case.AWARDED, List.of("tender", "tenderUpdate", "tenderUpdate", "award", "awardUpdate"),
				"complete");
		assertSteps(Case.NO_AWARD, List.of("tender", "tenderUpdate", "tenderUpdate", "award"), "unsuccessful");
		assertThat(json("/api/ocds/records/" + scenarios.ocid(every.get(Case.AWARDED)))
			.at("/records/0/compiledRelease/contracts")
			.isMissingNode()).as("an award without a proposal behind it has no pilot").isTrue();
	}

	@Test
	void publishesThePilotOfAnAwardAsAContractThroughItsLife() {
		var record = json("/api/ocds/records/" + scenarios.ocid(every.get(Case.PILOT))).at("/records/0");
		var releases = record.path("releases").values().stream().toList();
		var tags = releases.stream().map(release -> release.path("tag").get(0).asString()).toList();

		assertThat(tags.subList(0, 3)).containsExactly("tender", "tenderUpdate", "tenderUpdate");
		// The award and the pilot planned with it are published by two listeners of one
		// event, in either order.
		assertThat(tags.subList(3, 5)).containsExactlyInAnyOrder("award", "contract");
		assertThat(tags.subList(5, tags.size())).containsExactly("contractUpdate", "implementationUpdate",
				"implementation", "implementationUpdate", "contractTermination");
		var contractReleases = releases.subList(3, releases.size())
			.stream()
			.filter(release -> release.has("contracts"))
			.toList();
		assertThat(contractReleases).extracting(release -> release.at("/contracts/0/status").asString())
			.containsExactly("pending", "pending", "pending", "active", "active", "terminated");
		assertThat(contractReleases).allSatisfy(release -> {
			assertThat(release.at("/awards/0/status").asString()).isEqualTo("active");
			assertThat(release.at("/tender/status").asString()).isEqualTo("complete");
		});

		var compiled = record.path("compiledRelease");
		var reference = every.get(Case.PILOT).reference();
		var contract = compiled.at("/contracts/0");
		assertThat(compiled.path("contracts")).hasSize(1);
		assertThat(contract.path("id").asString()).isEqualTo(reference + "-P1");
		assertThat(contract.path("awardID").asString()).isEqualTo(compiled.at("/awards/0/id").asString());
		assertThat(compiled.at("/awards/0/suppliers/0/id").asString()).isEqualTo(every.cast().winner().toString());
		assertThat(contract.path("status").asString()).isEqualTo("terminated");
		assertThat(contract.at("/value/amount").decimalValue()).isEqualByComparingTo("19500");
		assertThat(contract.at("/value/currency").asString()).isEqualTo("EUR");
		// Six weeks from the first day to the last, in the challenge's zone: the period
		// starts at the beginning of the first day and ends at the last second of the
		// last one.
		var brussels = ZoneId.of("Europe/Brussels");
		var start = Instant.parse(contract.at("/period/startDate").asString()).atZone(brussels);
		var end = Instant.parse(contract.at("/period/endDate").asString()).atZone(brussels);
		assertThat(start.toLocalTime()).isEqualTo(LocalTime.MIDNIGHT);
		assertThat(end.toLocalTime()).isEqualTo(LocalTime.of(23, 59, 59));
		assertThat(end.toLocalDate()).isEqualTo(start.toLocalDate().plusWeeks(6));
		var milestone = contract.at("/implementation/milestones/0");
		assertThat(milestone.path("id").asString()).isEqualTo(reference + "-P1-M1");
		assertThat(milestone.path("title").asString()).isEqualTo("Routes in use on two lines");
		assertThat(milestone.path("status").asString()).isEqualTo("met");
		assertThat(milestone.path("dateMet").isString()).isTrue();
		assertThat(contract.has("description")).as("results stay on the results page").isFalse();
	}

	@Test
	void publishesTheAwardPendingDuringTheStandstillThenActive() {
		var record = json("/api/ocds/records/" + scenarios.ocid(every.get(Case.AWARDED))).at("/records/0");
		var releases = record.path("releases").values().stream().toList();
		var award = releases.get(3);
		var inForce = releases.get(4);

		assertThat(award.at("/awards/0/status").asString()).isEqualTo("pending");
		assertThat(award.at("/awards/0/value/amount").decimalValue()).isEqualByComparingTo("24000");
		assertThat(award.at("/awards/0/suppliers/0/id").asString()).isEqualTo(every.cast().winner().toString());
		assertThat(award.at("/tender/numberOfTenderers").asInt()).isEqualTo(2);
		assertThat(award.at("/tender/tenderers").isMissingNode()).as("bidder names are not published by default")
			.isTrue();
		assertThat(inForce.at("/awards/0/status").asString()).isEqualTo("active");
		assertThat(Instant.parse(inForce.path("date").asString()))
			.isEqualTo(Instant.parse(award.path("date").asString()).plus(OpenDataScenarios.STANDSTILL));
		assertThat(record.at("/compiledRelease/awards/0/status").asString()).isEqualTo("active");
		assertThat(record.at("/compiledRelease/tender/awardPeriod/startDate").isMissingNode()).isFalse();
		assertThat(record.at("/compiledRelease/tender/awardPeriod/endDate").isMissingNode()).isFalse();
	}

	@Test
	void publishesOneAwardPerPilotWhenSeveralAreAwarded() {
		var cast = every.cast();
		var made = scenarios.publish(cast,
				scenarios.draft(cast, "Two pilots challenge", "72000000-5").pilotsToAward(2));
		scenarios.recordSubmissions(made.id(), 3);
		scenarios.close(made);
		scenarios.startEvaluation(cast, made);
		scenarios.award(made,
				List.of(new AwardDecision.Winner(cast.winner(), Money.euros(24_000)),
						new AwardDecision.Winner(cast.loser(), Money.euros("18500.50"))),
				List.of(cast.winner(), cast.loser()));
		scenarios.bringAwardsIntoForce(made);

		var record = json("/api/ocds/records/" + scenarios.ocid(made));
		assertValid(recordPackageSchema, record);
		var releases = record.at("/records/0/releases").values().stream().toList();
		assertThat(releases).extracting(release -> release.path("tag").get(0).asString())
			.endsWith("award", "awardUpdate");
		var award = releases.get(releases.size() - 2);
		assertThat(award.path("awards").values()).extracting(a -> a.path("id").asString())
			.containsExactly(made.reference() + "-award-1", made.reference() + "-award-2");
		assertThat(award.path("awards").values())
			.extracting(a -> a.at("/suppliers/0/id").asString(),
					a -> a.at("/value/amount").decimalValue().stripTrailingZeros().toPlainString(),
					a -> a.path("status").asString())
			.containsExactly(Tuple.tuple(cast.winner().toString(), "24000", "pending"),
					Tuple.tuple(cast.loser().toString(), "18500.5", "pending"));
		assertThat(award.path("parties").values())
			.filteredOn(party -> party.path("roles").toString().contains("supplier"))
			.extracting(party -> party.path("id").asString())
			.containsExactlyInAnyOrder(cast.winner().toString(), cast.loser().toString());
		assertThat(award.at("/tender/numberOfTenderers").asInt()).isEqualTo(3);
		assertConsistent(award);
		var compiled = record.at("/records/0/compiledRelease");
		assertThat(compiled.path("awards").values()).extracting(a -> a.path("status").asString())
			.containsExactly("active", "active");
		assertConsistent(compiled);
	}

	@Test
	void recordsTheAmendmentWithItsReasonAndTheExtendedDeadline() {
		var record = json("/api/ocds/records/" + scenarios.ocid(every.get(Case.AMENDED))).at("/records/0");
		var tender = record.path("releases").get(0).path("tender");
		var compiled = record.at("/compiledRelease/tender");

		assertThat(compiled.at("/amendments/0/rationale").asString()).isEqualTo("More time for pilots");
		assertThat(compiled.at("/amendments/0/description").asString()).isEqualTo("Changed: Deadline for proposals");
		assertThat(Instant.parse(compiled.at("/tenderPeriod/endDate").asString()))
			.isAfter(Instant.parse(tender.at("/tenderPeriod/endDate").asString()));
		assertThat(compiled.path("items").get(0).path("additionalClassifications")).hasSize(1);
	}

	@Test
	void givesNoRecordForAnUnknownProcessAndRefusesBadPaging() {
		var unknown = get("/api/ocds/records/ocds-pilotbridge-CH-1999-0001");
		assertThat(unknown.statusCode()).isEqualTo(404);
		assertThat(unknown.headers().firstValue("Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(allReleases())
			.noneSatisfy(release -> assertThat(release.toString()).contains(every.get(Case.DRAFT).id().toString()));
		assertThat(get("/api/ocds/releases?cursor=not-a-cursor").statusCode()).isEqualTo(400);
		assertThat(get("/api/ocds/releases?size=0").statusCode()).isEqualTo(400);
	}

	@Test
	void keepsEveryReleaseWithUniqueIdsAndDatesInOrderPerProcess() {
		var releases = allReleases();
		var ids = releases.stream().map(release -> release.path("id").asString()).toList();
		assertThat(ids).doesNotHaveDuplicates();

		var datesByOcid = new HashMap<String, List<String>>();
		releases
			.forEach(release -> datesByOcid.computeIfAbsent(release.path("ocid").asString(), ocid -> new ArrayList<>())
				.add(release.path("date").asString()));
		datesByOcid.forEach((ocid, dates) -> assertThat(dates.stream().map(Instant::parse).toList())
			.as("release dates of %s in publication order", ocid)
			.isSorted());
		releases.forEach(this::assertConsistent);
	}

	@Test
	void filtersReleasesByDate() {
		var releases = allReleases();
		var middle = Instant.parse(releases.get(releases.size() / 2).path("date").asString());
		var inBrussels = OffsetDateTime.ofInstant(middle, ZoneOffset.ofHours(1)).toString();
		var pages = releasePages(
				"/api/ocds/releases?size=3&since=" + URLEncoder.encode(inBrussels, StandardCharsets.UTF_8));
		var since = pages.stream().flatMap(page -> page.path("releases").values().stream()).toList();

		assertThat(pages).hasSizeGreaterThan(1);
		assertThat(since).isNotEmpty()
			.allSatisfy(release -> assertThat(Instant.parse(release.path("date").asString())).isAfterOrEqualTo(middle));
		assertThat(since.size()).isLessThan(releases.size());
	}

	private void assertSteps(Case kind, List<String> tags, String tenderStatus) {
		var record = json("/api/ocds/records/" + scenarios.ocid(every.get(kind))).at("/records/0");
		assertThat(record.path("releases").values()).as("tags of the releases of the %s challenge", kind)
			.extracting(release -> release.path("tag").get(0).asString())
			.containsExactlyElementsOf(tags);
		assertThat(record.at("/compiledRelease/tender/status").asString()).as("tender status of the %s challenge", kind)
			.isEqualTo(tenderStatus);
	}

	/** What the schema cannot say about a release or a compiled release. */
	private void assertConsistent(JsonNode release) {
		var id = release.path("id").asString();
		var roles = new HashMap<String, Set<String>>();
		var partyIds = new ArrayList<String>();
		for (var party : release.path("parties").values()) {
			partyIds.add(party.path("id").asString());
			var partyRoles = party.path("roles").values().stream().map(JsonNode::asString).collect(Collectors.toSet());
			roles.put(party.path("id").asString(), partyRoles);
			assertThat(partyRoles).as("roles in %s", id).isSubsetOf(codes("partyRole"));
			if (party.has("identifier")) {
				assertThat(party.at("/identifier/scheme").asString()).as("identifier scheme in %s", id)
					.matches("BE-BCE_KBO|AT-UID|[A-Z]{2}-VAT");
			}
		}
		assertThat(partyIds).as("party ids in %s", id).doesNotHaveDuplicates();
		assertReferenced(roles, release.path("buyer"), "buyer", id);
		var tender = release.path("tender");
		assertReferenced(roles, tender.path("procuringEntity"), "procuringEntity", id);
		tender.path("tenderers").values().forEach(tenderer -> assertReferenced(roles, tenderer, "tenderer", id));
		var awardIds = new ArrayList<String>();
		for (var award : release.path("awards").values()) {
			awardIds.add(award.path("id").asString());
			award.path("suppliers").values().forEach(supplier -> assertReferenced(roles, supplier, "supplier", id));
			if (award.has("date")) {
				assertThat(Instant.parse(award.path("date").asString())).as("award date in %s", id)
					.isAfterOrEqualTo(Instant.parse(tender.at("/tenderPeriod/startDate").asString()));
			}
		}
		assertThat(awardIds).as("award ids in %s", id).doesNotHaveDuplicates();
		var contractIds = new ArrayList<String>();
		for (var contract : release.path("contracts").values()) {
			contractIds.add(contract.path("id").asString());
			assertThat(awardIds).as("award of contract %s in %s", contract.path("id").asString(), id)
				.contains(contract.path("awardID").asString());
			assertThat(contract.path("status").asString()).isIn(codes("contractStatus"));
			assertThat(Instant.parse(contract.at("/period/startDate").asString())).as("contract period in %s", id)
				.isBeforeOrEqualTo(Instant.parse(contract.at("/period/endDate").asString()));
			var milestoneIds = new ArrayList<String>();
			for (var milestone : contract.at("/implementation/milestones").values()) {
				milestoneIds.add(milestone.path("id").asString());
				assertThat(milestone.path("status").asString()).isIn(codes("milestoneStatus"));
				assertThat(milestone.path("type").asString()).isIn(codes("milestoneType"));
			}
			assertThat(milestoneIds).as("milestone ids in %s", id).doesNotHaveDuplicates();
		}
		assertThat(contractIds).as("contract ids in %s", id).doesNotHaveDuplicates();
		assertThat(tender.path("items").values()).extracting(item -> item.path("id").asString())
			.doesNotHaveDuplicates();
		assertThat(tender.path("amendments").values()).extracting(amendment -> amendment.path("id").asString())
			.doesNotHaveDuplicates();

		var start = Instant.parse(tender.at("/tenderPeriod/startDate").asString());
		var end = Instant.parse(tender.at("/tenderPeriod/endDate").asString());
		var questionsEnd = Instant.parse(tender.at("/enquiryPeriod/endDate").asString());
		assertThat(start).as("tender period of %s", id).isBeforeOrEqualTo(end);
		assertThat(questionsEnd).as("enquiry period of %s", id).isAfterOrEqualTo(start).isBeforeOrEqualTo(end);
		if (tender.at("/awardPeriod/startDate").isString() && tender.at("/awardPeriod/endDate").isString()) {
			assertThat(Instant.parse(tender.at("/awardPeriod/startDate").asString()))
				.isBeforeOrEqualTo(Instant.parse(tender.at("/awardPeriod/endDate").asString()));
		}

		assertThat(tender.path("submissionMethod").values()).extracting(JsonNode::asString)
			.isSubsetOf(codes("submissionMethod"));
		assertThat(tender.path("awardCriteria").asString()).isIn(codes("awardCriteria"));
		assertThat(tender.at("/value/currency").asString()).isIn(codes("currency"));
		tender.path("items")
			.values()
			.forEach(item -> assertThat(item.at("/classification/scheme").asString())
				.isIn(codes("itemClassificationScheme")));
	}

	private static void assertReferenced(Map<String, Set<String>> roles, JsonNode reference, String role,
			String release) {
		var partyId = reference.path("id").asString();
		assertThat(roles).as("parties of %s", release).containsKey(partyId);
		assertThat(roles.get(partyId)).as("roles of party %s in %s", partyId, release).contains(role);
	}

	private static void assertValid(Schema schema, JsonNode document) {
		var errors = schema.validate(document);
		assertThat(errors).as("schema errors in %s", document.path("uri").asString()).isEmpty();
	}

	/** Every page of the releases, following links.next with small pages. */
	private List<JsonNode> releasePages() {
		return releasePages("/api/ocds/releases?size=7");
	}

	private List<JsonNode> releasePages(String first) {
		var pages = new ArrayList<JsonNode>();
		var next = first;
		while (next != null) {
			var page = json(next);
			pages.add(page);
			next = page.at("/links/next").isString() ? path(page.at("/links/next").asString()) : null;
		}
		return pages;
	}

	private List<JsonNode> allReleases() {
		return releasePages().stream().flatMap(page -> page.path("releases").values().stream()).toList();
	}

	private static List<Instant> dates(List<JsonNode> releases) {
		return releases.stream().map(release -> Instant.parse(release.path("date").asString())).toList();
	}

	private static final Map<String, Set<String>> codelists = new LinkedHashMap<>();

	/** The codes of an OCDS codelist, deprecated ones left out. */
	static synchronized Set<String> codes(String codelist) {
		return codelists.computeIfAbsent(codelist, name -> {
			try (var in = OcdsAcceptanceTests.class.getResourceAsStream("/ocds/codelists/" + name + ".csv")) {
				var csv = CSVFormat.RFC4180.builder()
					.setHeader()
					.setSkipHeaderRecord(true)
					.get()
					.parse(new InputStreamReader(in, StandardCharsets.UTF_8));
				var codes = new HashSet<String>();
				csv.forEach(row -> {
					if (!row.isMapped("Deprecated") || row.get("Deprecated").isBlank()) {
						codes.add(row.get("Code"));
					}
				});
				return codes;
			}
			catch (IOException e) {
				throw new IllegalStateException(e);
			}
		});
	}

}
