package org.pilotbridge.opendata;

import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The compiled release follows the OCDS 1.1 merge routine for the fields Pilotbridge
 * emits.
 */
class OcdsMergeTests {

	private final JsonMapper json = JsonMapper.builder().build();

	@Test
	void takesTheLatestValueAndTagsTheResultAsCompiled() {
		var compiled = compile(
				"""
						{"ocid": "ocds-x-1", "id": "ocds-x-1-01", "date": "2026-01-01T09:00:00Z", "tag": ["tender"],
						 "initiationType": "tender", "tender": {"id": "CH-1", "title": "Old", "value": {"amount": 1000, "currency": "EUR"}}}
						""",
				"""
						{"ocid": "ocds-x-1", "id": "ocds-x-1-02", "date": "2026-02-05T09:00:00Z", "tag": ["tenderAmendment"],
						 "initiationType": "tender", "tender": {"id": "CH-1", "value": {"amount": 2000}}}
						""");

		assertThat(compiled.path("tag")).hasToString("[\"compiled\"]");
		assertThat(compiled.path("id").asString()).isEqualTo("ocds-x-1-2026-02-05T09:00:00Z");
		assertThat(compiled.path("date").asString()).isEqualTo("2026-02-05T09:00:00Z");
		assertThat(compiled.at("/tender/title").asString()).isEqualTo("Old");
		assertThat(compiled.at("/tender/value/amount").asInt()).isEqualTo(2000);
		assertThat(compiled.at("/tender/value/currency").asString()).isEqualTo("EUR");
	}

	@Test
	void removesAFieldSetToNull() {
		var compiled = compile(
				"""
						{"ocid": "o", "id": "1", "date": "2026-01-01T00:00:00Z", "tag": ["tender"], "tender": {"id": "t", "description": "Gone soon"}}
						""",
				"""
						{"ocid": "o", "id": "2", "date": "2026-01-02T00:00:00Z", "tag": ["tenderUpdate"], "tender": {"id": "t", "description": null}}
						""");

		assertThat(compiled.path("tender").has("description")).isFalse();
	}

	@Test
	void mergesArraysOfObjectsByIdentifier() {
		var compiled = compile("""
				{"ocid": "o", "id": "1", "date": "2026-03-01T00:00:00Z", "tag": ["award"],
				 "parties": [{"id": "agency", "name": "Agency", "roles": ["buyer", "procuringEntity"]}],
				 "awards": [{"id": "a1", "status": "pending", "value": {"amount": 750, "currency": "EUR"}}]}
				""", """
				{"ocid": "o", "id": "2", "date": "2026-03-03T00:00:00Z", "tag": ["award"],
				 "parties": [{"id": "company", "name": "Company", "roles": ["supplier"]}],
				 "awards": [{"id": "a2", "status": "active"}, {"id": "a1", "status": "active"}]}
				""");

		assertThat(compiled.path("awards").values()).extracting(award -> award.path("id").asString())
			.containsExactly("a1", "a2");
		assertThat(compiled.at("/awards/0/status").asString()).isEqualTo("active");
		assertThat(compiled.at("/awards/0/value/amount").asInt()).isEqualTo(750);
		assertThat(compiled.path("parties").values()).extracting(party -> party.path("id").asString())
			.containsExactly("agency", "company");
	}

	@Test
	void replacesArraysOfLiteralsAndWholeListMergeArraysWhole() {
		var compiled = compile(
				"""
						{"ocid": "o", "id": "1", "date": "2026-01-01T00:00:00Z", "tag": ["tender"],
						 "parties": [{"id": "p", "roles": ["buyer", "procuringEntity"]}],
						 "tender": {"id": "t", "items": [{"id": "1", "classification": {"scheme": "CPV", "id": "72000000-5"},
						   "additionalClassifications": [{"scheme": "CPV", "id": "48000000-8"}, {"scheme": "CPV", "id": "79000000-4"}]}]}}
						""",
				"""
						{"ocid": "o", "id": "2", "date": "2026-01-02T00:00:00Z", "tag": ["tenderAmendment"],
						 "parties": [{"id": "p", "roles": ["buyer"]}],
						 "tender": {"id": "t", "items": [{"id": "1", "classification": {"scheme": "CPV", "id": "72000000-5"},
						   "additionalClassifications": [{"scheme": "CPV", "id": "79000000-4"}]}]}}
						""");

		assertThat(compiled.at("/parties/0/roles")).hasToString("[\"buyer\"]");
		assertThat(compiled.at("/tender/items/0/additionalClassifications").values())
			.extracting(classification -> classification.path("id").asString())
			.containsExactly("79000000-4");
	}

	@Test
	void keepsIdentifiedObjectsWhenALaterReleaseHasAnEmptyArray() {
		var compiled = compile(
				"""
						{"ocid": "o", "id": "1", "date": "2026-01-01T00:00:00Z", "tag": ["award"], "awards": [{"id": "a1", "status": "active"}]}
						""",
				"""
						{"ocid": "o", "id": "2", "date": "2026-01-02T00:00:00Z", "tag": ["awardUpdate"], "awards": []}
						""");

		assertThat(compiled.path("awards")).hasSize(1);
	}

	@Test
	void needsAtLeastOneRelease() {
		assertThatThrownBy(() -> OcdsMerge.compile(List.of())).isInstanceOf(IllegalArgumentException.class);
	}

	private JsonNode compile(String... releases) {
		return OcdsMerge.compile(List.of(releases).stream().map(json::readTree).toList());
	}

}
