package org.pilotbridge.opendata;

import java.io.StringReader;
import java.util.ArrayList;
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
 * The CSV exports parse with Commons CSV as RFC 4180 with a header row and hold the
 * documented columns (docs/open-data.md).
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
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).startsWith("text/csv").contains("charset=UTF-8"));
		assertThat(response.headers().firstValue("Content-Disposition"))
			.hasValueSatisfying(disposition -> assertThat(disposition).contains("challenges.csv"));
		var csv = parse(response.body());

		assertThat(csv.getHeaderNames()).containsExactly("reference", "ocid", "url", "title", "agency_id",
				"agency_name", "status", "tender_status", "published_at", "questions_deadline", "proposals_deadline",
				"budget_amount", "budget_currency", "cpv_codes", "language", "last_updated");
		var rows = csv.getRecords().stream().collect(Collectors.toMap(row -> row.get("reference"), row -> row));
		var statuses = Map.of(Case.PUBLISHED, "open", Case.AMENDED, "open", Case.WITHDRAWN, "withdrawn", Case.CLOSED,
				"closed", Case.UNDER_EVALUATION, "closed", Case.AWARDED, "awarded", Case.NO_AWARD, "not_awarded");
		statuses.forEach((kind, status) -> assertThat(rows.get(every.get(kind).reference()).get("status"))
			.as("status of the %s challenge", kind)
			.isEqualTo(status));
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
		var formula = scenarios.publish(cast,
				scenarios.draft(cast, "=HYPERLINK(\"https://evil.example\",\"Open\")", "60000000-8"));
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
	void leavesNoCellStartingLikeAFormulaWhicheverWayASpreadsheetSplitsTheFile() throws Exception {
		var cast = scenarios.cast();
		var titles = List.of("Roads;=cmd|' /C calc'!A0", "Bridges,+SUM(1+1)",
				"\uFF1DHYPERLINK(\"https://evil.example\")", "Tunnels; @SUM(A1)", "\"Quays\";-2+3", "Ports\"; \t=1+1",
				"\uFF20Docks;\uFF0B1,\uFF0D1");
		for (var title : titles) {
			scenarios.publish(cast, scenarios.draft(cast, title, "60000000-8"));
		}

		for (var export : List.of("/api/exports/challenges.csv", "/api/exports/awards.csv")) {
			var body = body(export);
			assertThat(body.lines().findFirst()).as("every field quoted, the header too")
				.hasValueSatisfying(
						header -> assertThat(header).startsWith("\"").endsWith("\"").doesNotContain("\",,"));
			for (var delimiter : List.of(',', ';')) {
				for (var honoursQuotes : List.of(true, false)) {
					assertThat(Spreadsheet.cells(body, delimiter, honoursQuotes))
						.as("%s split on '%s' %s quotes", export, delimiter, honoursQuotes ? "honouring" : "ignoring")
						.isNotEmpty()
						.noneMatch(Spreadsheet::startsLikeAFormula);
				}
			}
		}
		var rows = parse(body("/api/exports/challenges.csv")).getRecords()
			.stream()
			.map(row -> row.get("title"))
			.toList();
		assertThat(rows).as("the texts read back as written, with an apostrophe before each formula character")
			.contains("Roads;'=cmd|' /C calc'!A0 " + cast.run(), "Bridges,'+SUM(1+1) " + cast.run(),
					"'\uFF1DHYPERLINK(\"https://evil.example\") " + cast.run(), "Tunnels; '@SUM(A1) " + cast.run(),
					"'\uFF20Docks;'\uFF0B1,'\uFF0D1 " + cast.run());
	}

	@Test
	void exportsTheAwardsAndTheEvaluationsWithoutAward() throws Exception {
		var csv = parse(body("/api/exports/awards.csv"));

		assertThat(csv.getHeaderNames()).containsExactly("ocid", "reference", "award_id", "award_status", "award_date",
				"supplier_id", "supplier_name", "supplier_identifier_scheme", "supplier_identifier", "amount",
				"currency", "buyer_id", "buyer_name", "title");
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

	/**
	 * How a spreadsheet makes cells of a CSV file: splitting lines on a delimiter, either
	 * honouring quotes as Excel and LibreOffice do (a field that starts with a quote runs
	 * to the next lone quote, {@code ""} stands for a quote, what follows the closing
	 * quote is kept as it is) or ignoring them.
	 */
	private static final class Spreadsheet {

		private static final String FORMULA_STARTS = "=+-@\t\r\uFF1D\uFF0B\uFF0D\uFF20";

		static List<String> cells(String csv, char delimiter, boolean honoursQuotes) {
			var cells = new ArrayList<String>();
			var cell = new StringBuilder();
			var quoted = false;
			var atCellStart = true;
			for (int i = 0; i < csv.length(); i++) {
				var character = csv.charAt(i);
				if (honoursQuotes && quoted) {
					if (character == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
						cell.append('"');
						i++;
					}
					else if (character == '"') {
						quoted = false;
					}
					else {
						cell.append(character);
					}
				}
				else if (honoursQuotes && atCellStart && character == '"') {
					quoted = true;
					atCellStart = false;
				}
				else if (character == delimiter || character == '\n') {
					cells.add(cell.toString());
					cell.setLength(0);
					atCellStart = true;
				}
				else if (character != '\r' || i + 1 >= csv.length() || csv.charAt(i + 1) != '\n') {
					cell.append(character);
					atCellStart = false;
				}
			}
			if (!cell.isEmpty()) {
				cells.add(cell.toString());
			}
			return cells;
		}

		/**
		 * Whether the cell, once the spaces and quotes a spreadsheet may strip are gone,
		 * starts like a formula.
		 */
		static boolean startsLikeAFormula(String cell) {
			var shown = cell.replaceFirst("^[ \"]+", "");
			return !shown.isEmpty() && FORMULA_STARTS.indexOf(shown.charAt(0)) >= 0;
		}

	}

	private static CSVParser parse(String body) throws Exception {
		return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(body));
	}

}
