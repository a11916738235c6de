package org.pilotbridge.opendata;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

import org.pilotbridge.shared.PublicLinks;

/**
 * CSV exports of the public challenges and of the awards, one row per challenge or per
 * awarded supplier, from the latest release of every challenge: UTF-8 without a byte
 * order mark, a header row, every field quoted (RFC 4180), lines ending in CRLF. No cell
 * that a spreadsheet makes of them starts like a formula, whether it splits on commas or,
 * as Belgian, French and German ones do, on semicolons (see {@link #inert(String)}). The
 * columns are documented in docs/open-data.md and never change meaning.
 */
@RestController
@RequestMapping("/api/exports")
@Tag(name = "Exports", description = "CSV exports of challenges and awards")
class Exports {

	static final String CSV = "text/csv;charset=UTF-8;header=present";

	static final List<String> CHALLENGE_COLUMNS = List.of("reference", "ocid", "url", "title", "agency_id",
			"agency_name", "status", "tender_status", "published_at", "questions_deadline", "proposals_deadline",
			"budget_amount", "budget_currency", "cpv_codes", "language", "last_updated");

	static final List<String> AWARD_COLUMNS = List.of("ocid", "reference", "award_id", "award_status", "award_date",
			"supplier_id", "supplier_name", "supplier_identifier_scheme", "supplier_identifier", "amount", "currency",
			"buyer_id", "buyer_name", "title");

	/** What a spreadsheet takes for the start of a formula at the start of a cell. */
	private static final String FORMULA_STARTS = "=+-@\t\r\uFF1D\uFF0B\uFF0D\uFF20";

	/**
	 * After which a spreadsheet that splits or unquotes differently may start a new cell.
	 */
	private static final String CELL_BOUNDARIES = ",;\"\r\n";

	private final OcdsReleases releases;

	private final PublicLinks links;

	private final JsonMapper json;

	private final Clock clock;

	Exports(OcdsReleases releases, PublicLinks links, OcdsJson json, Clock clock) {
		this.releases = releases;
		this.links = links;
		this.json = json.mapper();
		this.clock = clock;
	}

	@GetMapping(path = "/challenges.csv", produces = CSV)
	@Operation(summary = "Export the challenges", description = """
			Every public challenge, oldest first, with the columns reference, ocid, url, title, agency_id, \
			agency_name, status (open, closed, awarded, not_awarded, withdrawn), tender_status (OCDS), \
			published_at, questions_deadline, proposals_deadline, budget_amount, budget_currency, cpv_codes \
			(separated by spaces), language, last_updated.""")
	void challenges(HttpServletResponse response) throws IOException {
		var now = clock.instant();
		write(response, "challenges.csv", CHALLENGE_COLUMNS, printer -> releases.eachProcess(process -> {
			var release = json.readValue(process.latestJson(), Ocds.Release.class);
			var tender = release.tender();
			print(printer, List.of(process.reference(), process.ocid(),
					PublicPages.challenge(links, process.reference()), tender.title(), release.buyer().id(),
					release.buyer().name(), status(tender, now), tender.status(),
					text(tender.tenderPeriod().startDate()), text(tender.enquiryPeriod().endDate()),
					text(tender.tenderPeriod().endDate()), tender.value().amount().toPlainString(),
					tender.value().currency(),
					tender.classifications().stream().map(Ocds.Classification::id).collect(Collectors.joining(" ")),
					release.language(), process.lastUpdated().toString()));
		}));
	}

	@GetMapping(path = "/awards.csv", produces = CSV)
	@Operation(summary = "Export the awards", description = """
			One row per award and supplier, with the columns ocid, reference, award_id, award_status (OCDS: \
			pending, active, unsuccessful), award_date, supplier_id, supplier_name, supplier_identifier_scheme, \
			supplier_identifier, amount, currency, buyer_id, buyer_name, title. An award without a supplier \
			(no award made, or not known yet) has one row with the supplier columns empty.""")
	void awards(HttpServletResponse response) throws IOException {
		write(response, "awards.csv", AWARD_COLUMNS, printer -> releases.eachProcess(process -> {
			var release = json.readValue(process.latestJson(), Ocds.Release.class);
			for (var award : release.awards()) {
				if (award.suppliers().isEmpty()) {
					print(printer, awardRow(release, award, null));
				}
				award.suppliers().forEach(supplier -> print(printer, awardRow(release, award, supplier)));
			}
		}));
	}

	private static List<String> awardRow(Ocds.Release release, Ocds.Award award,
			Ocds.@Nullable OrganizationReference supplier) {
		var identifier = supplier == null ? null
				: release.parties()
					.stream()
					.filter(party -> party.id().equals(supplier.id()))
					.findFirst()
					.map(Ocds.Organization::identifier)
					.orElse(null);
		var value = award.value();
		return List.of(release.ocid(), release.tender().id(), award.id(), award.status(), text(award.date()),
				supplier == null ? "" : supplier.id(), supplier == null ? "" : supplier.name(),
				identifier == null ? "" : identifier.scheme(), identifier == null ? "" : identifier.id(),
				value == null ? "" : value.amount().toPlainString(), value == null ? "" : value.currency(),
				release.buyer().id(), release.buyer().name(), release.tender().title());
	}

	/** What a visitor would call the challenge's state, from its latest release. */
	static String status(Ocds.Tender tender, Instant now) {
		return switch (tender.status()) {
			case "active" -> tender.tenderPeriod().endDate() != null && now.isBefore(tender.tenderPeriod().endDate())
					? "open" : "closed";
			case "complete" -> "awarded";
			case "unsuccessful" -> "not_awarded";
			case "cancelled" -> "withdrawn";
			default -> tender.status();
		};
	}

	private void write(HttpServletResponse response, String fileName, List<String> columns, Rows rows)
			throws IOException {
		response.setContentType(CSV);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(fileName).build().toString());
		var format = CSVFormat.RFC4180.builder()
			.setHeader(columns.toArray(String[]::new))
			.setQuoteMode(QuoteMode.ALL)
			.get();
		var writer = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
		try (var printer = new CSVPrinter(writer, format)) {
			rows.printTo(printer);
		}
	}

	private static void print(CSVPrinter printer, List<String> values) {
		try {
			printer.printRecord(values.stream().map(Exports::inert).toList());
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * A text no spreadsheet will run, however it splits it into cells. A spreadsheet runs
	 * a cell that starts like a formula ({@code = + - @}, their full-width forms
	 * {@code ＝ ＋ － ＠}, a tab or a carriage return), and a cell may start at the beginning
	 * of the field or, when the spreadsheet splits on another delimiter than the file's
	 * or ignores the quotes, after any comma, semicolon, quote or line break inside it
	 * (spaces and tabs in between do not count). Each such formula character gets an
	 * apostrophe in front, as OWASP advises against CSV injection; a spreadsheet shows
	 * the text after a leading apostrophe. No number, date or code of the exports starts
	 * like a formula; titles and names written by people may.
	 */
	static String inert(String value) {
		var inert = new StringBuilder(value.length() + 4);
		var cellMayStart = true;
		for (int i = 0; i < value.length(); i++) {
			var character = value.charAt(i);
			if (cellMayStart && FORMULA_STARTS.indexOf(character) >= 0) {
				inert.append('\'');
			}
			inert.append(character);
			if (CELL_BOUNDARIES.indexOf(character) >= 0) {
				cellMayStart = true;
			}
			else if (character != ' ' && character != '\t') {
				cellMayStart = false;
			}
		}
		return inert.toString();
	}

	private static String text(@Nullable Instant instant) {
		return instant == null ? "" : instant.toString();
	}

	@FunctionalInterface
	private interface Rows {

		void printTo(CSVPrinter printer);

	}

}
