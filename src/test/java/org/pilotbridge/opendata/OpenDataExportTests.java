package org.pilotbridge.opendata;

import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.pilotbridge.opendata.OpenDataScenarios.Case;
import org.pilotbridge.opendata.OpenDataScenarios.EveryState;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The CSV exports parse with Commons CSV as RFC 4180 with a header row and hold the documented
 * columns (docs/open-data.md).
 */
class OpenDataExportTests extends OpenDataWebTest {

	private EveryState every;

	@BeforeEach
	void makeChallengesInEveryState() {
		every = scenarios.everyState();
	}

	@Test
	void exportsEveryPublicChallengeWithTheDocumentedColumns() throws Exception {
		var cast = scenarios.cast();
		var quoted = scenarios.publish(cast, scenarios.draft(cast, "Bus \"stops\", revisited", "60000000-8"));

		var response = get("/api/exports/challenges.csv");
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("text/csv").contains("charset=UTF-8"));
		assertThat(response.headers().firstValue("Content-Disposition")).hasValueSatisfying(
				disposition -> assertThat(disposition).contains("challenges.csv"));
		var csv = parse(response.body());

		assertThat(csv.getHeaderNames()).containsExactly("reference", "ocid", "url", "title", "agency_id",
				"agency_name", "status", "tender_status", "published_at", "questions_deadline", "proposals_deadline",
				"budget_amount", "budget_currency", "cpv_codes", "language", "last_updated");
		var rows = csv.getRecords().stream().collect(Collectors.toMap(row -> row.get("reference"), row -> row));
		var statuses = Map.of(Case.PUBLISHED, "open", Case.AMENDED, "open", Case.WITHDRAWN, "withdrawn", Case.CLOSED,
				"closed", Case.UNDER_EVALUATION, "closed", Case.AWARDED, "awarded", Case.NO_AWARD, "not_awarded");
		statuses.forEach((kind, status) -> assertThat(rows.get(every.get(kind).reference()).get("status"))
			.as("status of the %s challenge", kind).isEqualTo(status));
		var amended = rows.get(every.get(Case.AMENDED).reference());
		assertThat(amended.get("ocid")).isEqualTo(scenarios.ocid(every.get(Case.AMENDED)));
		assertThat(amended.get("agency_id")).isEqualTo(every.cast().agency().toString());
		assertThat(amended.get("budget_amount")).isEqualTo("25000.00");
		assertThat(amended.get("budget_currency")).isEqualTo("EUR");
		assertThat(amended.get("cpv_codes")).isEqualTo("72000000-5 34000000-7");
		assertThat(amended.get("url")).endsWith("/challenges/" + every.get(Case.AMENDED).reference());
		assertThat(rows.get(quoted.reference()).get("title")).isEqualTo("Bus \"stops\", revisited " + cast.run());
		assertThat(response.body()).doesNotContain("DRAFT SECRET");
	}

	@Test
	void neutralisesTextsThatASpreadsheetWouldRunAsAFormula() throws Exception {
		var cast = scenarios.cast();
		var formula = scenarios.publish(cast, scenarios.draft(cast, "=HYPERLINK(\"https://evil.example\",\"Open\")", "60000000-8"));
		var plain = scenarios.publish(cast, scenarios.draft(cast, "Buses - and trams", "60000000-8"));

		var rows = parse(body("/api/exports/challenges.csv")).getRecords()
			.stream()
			.collect(Collectors.toMap(row -> row.get("reference"), row -> row));

		assertThat(rows.get(formula.reference()).get("title"))
			.isEqualTo("'=HYPERLINK(\"https://evil.example\",\"Open\") " + cast.run());
		assertThat(rows.get(plain.reference()).get("title")).isEqualTo("Buses - and trams " + cast.run());
		assertThat(rows.get(formula.reference()).get("budget_amount")).isEqualTo("25000.00");
	}

	@Test
	void exportsTheAwardsAndTheEvaluationsWithoutAward() throws Exception {
		var csv = parse(body("/api/exports/awards.csv"));

		assertThat(csv.getHeaderNames()).containsExactly("ocid", "reference", "award_id", "award_status",
				"award_date", "supplier_id", "supplier_name", "supplier_identifier_scheme", "supplier_identifier",
				"amount", "currency", "buyer_id", "buyer_name", "title");
		var rows = csv.getRecords().stream().collect(Collectors.groupingBy(row -> row.get("reference")));
		assertThat(rows.get(every.get(Case.AWARDED).reference())).singleElement().satisfies(row -> {
			assertThat(row.get("award_status")).isEqualTo("active");
			assertThat(row.get("supplier_id")).isEqualTo(every.cast().winner().toString());
			assertThat(row.get("supplier_name")).isEqualTo("Winner company " + every.cast().run());
			assertThat(row.get("supplier_identifier_scheme")).isEqualTo("BE-BCE_KBO");
			assertThat(row.get("supplier_identifier")).matches("\\d{10}");
			assertThat(row.get("amount")).isEqualTo("24000.00");
			assertThat(row.get("currency")).isEqualTo("EUR");
			assertThat(row.get("buyer_id")).isEqualTo(every.cast().agency().toString());
		});
		assertThat(rows.get(every.get(Case.NO_AWARD).reference())).singleElement().satisfies(row -> {
			assertThat(row.get("award_status")).isEqualTo("unsuccessful");
			assertThat(row.get("supplier_id")).isEmpty();
			assertThat(row.get("amount")).isEmpty();
		});
		for (var kind : List.of(Case.PUBLISHED, Case.CLOSED, Case.WITHDRAWN, Case.UNDER_EVALUATION)) {
			assertThat(rows).doesNotContainKey(every.get(kind).reference());
		}
	}

	private static CSVParser parse(String body) throws Exception {
		return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(body));
	}

}
