package org.pilotbridge.opendata;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.function.Consumer;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.pilotbridge.shared.PublicLinks;

/**
 * OCDS 1.1 release packages, for harvesting every release in the order it was published,
 * and record packages, one contracting process (one challenge) with its releases and its
 * compiled release.
 */
@RestController
@RequestMapping(path = "/api/ocds", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "OCDS", description = "Open Contracting Data Standard 1.1 releases and records")
class OcdsApi {

	static final int DEFAULT_PAGE_SIZE = 100;

	static final int MAX_PAGE_SIZE = 500;

	private static final String CURSOR_PREFIX = "after:";

	private final OcdsReleases releases;

	private final OpenDataProperties properties;

	private final PublicLinks links;

	private final JsonMapper json;

	private final Clock clock;

	OcdsApi(OcdsReleases releases, OpenDataProperties properties, PublicLinks links, OcdsJson json, Clock clock) {
		this.releases = releases;
		this.properties = properties;
		this.links = links;
		this.json = json.mapper();
		this.clock = clock;
	}

	@GetMapping("/releases")
	@Operation(summary = "Harvest the releases", description = """
			A release package of the releases in the order they were published, oldest first, each release \
			immutable. Follow links.next until it is absent to harvest everything; follow the last links.next \
			again later to fetch what was published since. since keeps releases dated at or after a moment.""")
	@ApiResponse(responseCode = "200", description = "An OCDS 1.1 release package",
			content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(type = "object",
					externalDocs = @io.swagger.v3.oas.annotations.ExternalDocumentation(
							url = "https://standard.open-contracting.org/schema/1__1__5/release-package-schema.json"))))
	String releases(@Parameter(
			description = "Only releases dated at or after this moment (ISO 8601; a date means its start in UTC)") @RequestParam(
					required = false) @Nullable String since,
			@Parameter(description = "Where to go on: the opaque value from links.next") @RequestParam(
					required = false) @Nullable String cursor,
			@Parameter(description = "Releases per page, 1 to 500 (default 100)") @RequestParam(
					required = false) @Nullable String size,
			HttpServletRequest request) {
		var parameters = new ApiParameters();
		var from = parameters.instant("since", since, ZoneOffset.UTC);
		var after = parameters.parsed("cursor", cursor, OcdsApi::decodeCursor, "opendata.parameter.invalid-cursor");
		var limit = parameters.number("size", size, DEFAULT_PAGE_SIZE, 1, MAX_PAGE_SIZE);
		parameters.throwIfAny();

		var page = releases.page(from, after == null ? 0 : after, limit + 1);
		var hasMore = page.size() > limit;
		var shown = hasMore ? page.subList(0, limit) : page;
		var next = hasMore ? nextPage(since, shown.get(shown.size() - 1).seq(), limit) : null;
		var published = shown.stream()
			.map(OcdsReleases.StoredRelease::date)
			.max(Instant::compareTo)
			.or(releases::latestDate)
			.orElse(clock.instant());
		return write(generator -> {
			writeHeader(generator, self(request), published);
			generator.writeArrayPropertyStart("releases");
			shown.forEach(release -> generator.writeRawValue(release.json()));
			generator.writeEndArray();
			if (next != null) {
				generator.writeObjectPropertyStart("links");
				generator.writeStringProperty("next", next);
				generator.writeEndObject();
			}
		});
	}

	@GetMapping("/records/{ocid}")
	@Operation(summary = "Read a record", description = """
			A record package with the record of one contracting process: all its releases, oldest first, and \
			the compiled release, their merge by the OCDS rules.""")
	@ApiResponse(responseCode = "200", description = "An OCDS 1.1 record package",
			content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(type = "object",
					externalDocs = @io.swagger.v3.oas.annotations.ExternalDocumentation(
							url = "https://standard.open-contracting.org/schema/1__1__5/record-package-schema.json"))))
	String record(@Parameter(example = "ocds-pilotbridge-CH-2026-0042") @PathVariable String ocid,
			HttpServletRequest request) {
		var stored = releases.ofProcess(ocid);
		if (stored.isEmpty()) {
			throw new NotPublic(ocid);
		}
		List<JsonNode> trees = stored.stream().map(release -> json.readTree(release.json())).toList();
		var compiled = OcdsMerge.compile(trees);
		var published = stored.get(stored.size() - 1).date();
		return write(generator -> {
			writeHeader(generator, self(request), published);
			generator.writeArrayPropertyStart("records");
			generator.writeStartObject();
			generator.writeStringProperty("ocid", ocid);
			generator.writeArrayPropertyStart("releases");
			stored.forEach(release -> generator.writeRawValue(release.json()));
			generator.writeEndArray();
			generator.writeName("compiledRelease");
			generator.writeTree(compiled);
			generator.writeEndObject();
			generator.writeEndArray();
		});
	}

	/** The same request, going on after the release {@code seq}. */
	private String nextPage(@Nullable String since, long seq, int limit) {
		var query = new LinkedHashMap<String, String>();
		if (since != null && !since.isBlank()) {
			query.put("since", since.strip());
		}
		query.put("cursor", encodeCursor(seq));
		query.put("size", String.valueOf(limit));
		return PublicPages.withQuery(links.to("/api/ocds/releases"), query);
	}

	private void writeHeader(JsonGenerator generator, String uri, Instant published) {
		generator.writeStringProperty("uri", uri);
		generator.writeStringProperty("version", Ocds.VERSION);
		generator.writeStringProperty("publishedDate", published.toString());
		generator.writeObjectPropertyStart("publisher");
		generator.writeStringProperty("name", properties.publisherName());
		generator.writeStringProperty("uri", links.base() + "/");
		generator.writeEndObject();
		generator.writeStringProperty("license", properties.license().toString());
		if (properties.publicationPolicy() != null) {
			generator.writeStringProperty("publicationPolicy", properties.publicationPolicy().toString());
		}
	}

	private String write(Consumer<JsonGenerator> body) {
		var out = new StringWriter();
		try (var generator = json.createGenerator(out)) {
			generator.writeStartObject();
			body.accept(generator);
			generator.writeEndObject();
		}
		return out.toString();
	}

	/** The absolute address of this request, as the package's {@code uri}. */
	private String self(HttpServletRequest request) {
		var query = request.getQueryString();
		return links.to(request.getRequestURI()) + (query == null ? "" : "?" + query);
	}

	static String encodeCursor(long seq) {
		return Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString((CURSOR_PREFIX + seq).getBytes(StandardCharsets.UTF_8));
	}

	static long decodeCursor(String cursor) {
		var decoded = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
		if (!decoded.startsWith(CURSOR_PREFIX)) {
			throw new IllegalArgumentException("Not a cursor: " + cursor);
		}
		var seq = Long.parseLong(decoded.substring(CURSOR_PREFIX.length()));
		if (seq < 0) {
			throw new IllegalArgumentException("Not a cursor: " + cursor);
		}
		return seq;
	}

}
