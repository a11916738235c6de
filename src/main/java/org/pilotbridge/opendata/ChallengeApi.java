package org.pilotbridge.opendata;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.cache.CacheManager;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

import org.pilotbridge.challenge.ChallengeDraft;
import org.pilotbridge.challenge.ChallengeQuery;
import org.pilotbridge.challenge.ChallengeSearch;
import org.pilotbridge.challenge.ChallengeState;
import org.pilotbridge.challenge.PublicChallenge;
import org.pilotbridge.challenge.PublicChallengeVersion;
import org.pilotbridge.challenge.PublicStatus;
import org.pilotbridge.challenge.SearchCriteria;
import org.pilotbridge.challenge.SearchHit;
import org.pilotbridge.shared.Language;
import org.pilotbridge.shared.PublicLinks;
import org.pilotbridge.shared.RenderedCache;

/**
 * The public challenges as JSON: the same search, filters and sort as the public list,
 * and every public fact of one challenge. Drafts do not exist here.
 * <p>
 * Each answer is rendered once, as bytes with their entity tag, and served from memory
 * until a change to public challenges commits on this node or a deadline passes
 * ({@link PublicChallengeVersion}), or its time to live runs out
 * ({@link ApiCacheProperties}); a client naming the tag in {@code If-None-Match} gets
 * {@code 304 Not Modified} without a body.
 *
 * @see "Design decision: docs/decisions/DD025-20261207-preview-cards-api-caches-session-cap.md"
 */
@RestController
@RequestMapping(path = "/api/challenges", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Challenges", description = "Search and read public challenges")
class ChallengeApi {

	static final int DEFAULT_PAGE_SIZE = 20;

	/**
	 * Dates without a time mean the start of that day in the official zone of the
	 * platform.
	 */
	private static final ZoneId DATES = ChallengeDraft.DEFAULT_TIME_ZONE;

	private final ChallengeSearch search;

	private final ChallengeQuery query;

	private final OpenDataProperties properties;

	private final PublicLinks links;

	private final PublicChallengeVersion version;

	private final JsonMapper json;

	private final Clock clock;

	private final RenderedCache records;

	private final RenderedCache searches;

	ChallengeApi(ChallengeSearch search, ChallengeQuery query, OpenDataProperties properties, PublicLinks links,
			PublicChallengeVersion version, JsonMapper json, Clock clock, CacheManager caches,
			ApiCacheProperties cache) {
		this.search = search;
		this.query = query;
		this.properties = properties;
		this.links = links;
		this.version = version;
		this.json = json;
		this.clock = clock;
		this.records = new RenderedCache(caches, "opendata.challenge-records", cache.maximumSize(), cache.timeToLive());
		this.searches = new RenderedCache(caches, "opendata.challenge-searches", cache.maximumSize(),
				cache.timeToLive());
	}

	@GetMapping
	@Operation(summary = "Search public challenges", description = """
			Words are matched in the language of each challenge and as typed, with the syntax of a web \
			search ("exact phrase", or, -excluded). Dates are ISO 8601: a date and time with an offset, or a \
			date meaning its start in Europe/Brussels.""")
	@ApiResponse(responseCode = "200", description = "OK",
			content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
					schema = @Schema(implementation = ApiRecords.ChallengePage.class)))
	ResponseEntity<byte[]> list(
			@Parameter(description = "Words to look for") @RequestParam(required = false) @Nullable String q,
			@Parameter(description = "open, closed, awarded or withdrawn") @RequestParam(
					required = false) @Nullable String status,
			@Parameter(description = "The first two digits of a CPV code",
					example = "72") @RequestParam(required = false) @Nullable String cpvDivision,
			@Parameter(description = "The id of the agency") @RequestParam(required = false) @Nullable String agency,
			@Parameter(description = "The least budget cap, in euros") @RequestParam(
					required = false) @Nullable String budgetMin,
			@Parameter(description = "The highest budget cap, in euros") @RequestParam(
					required = false) @Nullable String budgetMax,
			@Parameter(description = "Proposals deadline at or after") @RequestParam(
					required = false) @Nullable String deadlineFrom,
			@Parameter(description = "Proposals deadline before") @RequestParam(
					required = false) @Nullable String deadlineTo,
			@Parameter(description = "en, fr, nl or de") @RequestParam(required = false) @Nullable String language,
			@Parameter(description = "relevance (default), deadline, newest or budget") @RequestParam(
					required = false) @Nullable String sort,
			@Parameter(description = "The page, from 0") @RequestParam(required = false) @Nullable String page,
			@Parameter(description = "Challenges per page, 1 to 100 (default 20)") @RequestParam(
					required = false) @Nullable String size) {
		var parameters = new ApiParameters();
		var criteria = new SearchCriteria(q == null ? "" : q, parameters.choice("status", status, PublicStatus.class),
				cpvDivision, parameters.organisation("agency", agency), parameters.amount("budgetMin", budgetMin),
				parameters.amount("budgetMax", budgetMax), parameters.instant("deadlineFrom", deadlineFrom, DATES),
				parameters.instant("deadlineTo", deadlineTo, DATES),
				parameters.parsed("language", language,
						code -> Language.ofCode(code).orElseThrow(() -> new IllegalArgumentException(code)),
						"opendata.parameter.invalid-language"),
				null, Objects.requireNonNullElse(parameters.choice("sort", sort, SearchCriteria.SortOrder.class),
						SearchCriteria.SortOrder.RELEVANCE));
		var pageNumber = parameters.number("page", page, 0, 0, 10_000);
		var pageSize = parameters.number("size", size, DEFAULT_PAGE_SIZE, 1, ChallengeSearch.MAX_PAGE_SIZE);
		parameters.throwIfAny();

		var current = version.current();
		return searches
			.get(new SearchKey(criteria, pageNumber, pageSize), current, clock.instant(),
					() -> RenderedCache.Rendered.of(json.writeValueAsBytes(page(criteria, pageNumber, pageSize))))
			.response(MediaType.APPLICATION_JSON, CacheControl.empty());
	}

	@GetMapping("/{reference}")
	@Operation(summary = "Read a public challenge",
			description = "Everything public about a challenge, by its reference.")
	@ApiResponse(responseCode = "200", description = "OK",
			content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
					schema = @Schema(implementation = ApiRecords.ChallengeDetails.class)))
	ResponseEntity<byte[]> challenge(@Parameter(example = "CH-2026-0042") @PathVariable String reference) {
		var current = version.current();
		return records.get(reference, current, clock.instant(), () -> {
			var challenge = query.byReference(reference).orElseThrow(() -> new NotPublic(reference));
			var until = challenge.state() == ChallengeState.PUBLISHED ? challenge.proposalsDeadline() : Instant.MAX;
			return RenderedCache.Rendered.of(json.writeValueAsBytes(details(challenge)), until);
		}).response(MediaType.APPLICATION_JSON, CacheControl.empty());
	}

	private ApiRecords.ChallengePage page(SearchCriteria criteria, int pageNumber, int pageSize) {
		var results = search.search(criteria, pageNumber * pageSize, pageSize);
		var items = results.hits().stream().map(this::item).toList();
		var hasNext = (long) (pageNumber + 1) * pageSize < results.total();
		return new ApiRecords.ChallengePage(results.total(), pageNumber, pageSize, items,
				new ApiRecords.PageLinks(pageLink(criteria, pageNumber, pageSize),
						hasNext ? pageLink(criteria, pageNumber + 1, pageSize) : null,
						pageNumber > 0 ? pageLink(criteria, pageNumber - 1, pageSize) : null));
	}

	private ApiRecords.ChallengeItem item(SearchHit hit) {
		var summary = hit.summary().stream().map(SearchHit.Segment::text).collect(Collectors.joining());
		return new ApiRecords.ChallengeItem(hit.reference(), properties.ocid(hit.reference()), hit.titleText(), summary,
				new ApiRecords.Organisation(hit.agency().toString(), hit.agencyName()), ApiRecords.status(hit.state()),
				ApiRecords.lower(hit.state()), hit.proposalsDeadline(), hit.timeZone().getId(),
				ApiRecords.Amount.of(hit.budgetCap()), hit.cpvCodes(),
				hit.languages().stream().map(Language::code).toList(), hit.publishedAt(),
				PublicPages.challenge(links, hit.reference()), links.to("/api/challenges/" + hit.reference()));
	}

	private ApiRecords.ChallengeDetails details(PublicChallenge c) {
		var ocid = properties.ocid(c.reference());
		return new ApiRecords.ChallengeDetails(c.reference(), ocid, c.title(), c.summary(), c.description(),
				c.problemStatementHtml(), c.contextHtml(), c.expectedOutcomeHtml(), c.constraintsHtml(),
				new ApiRecords.Organisation(c.agency().toString(), c.agencyName()), ApiRecords.status(c.state()),
				ApiRecords.lower(c.state()), c.questionsDeadline(), c.proposalsDeadline(), c.timeZone().getId(),
				ApiRecords.Amount.of(c.budgetCap()), c.pilotDurationWeeks(), c.pilotsToAward(),
				new ApiRecords.Scale(c.scale().min(), c.scale().max(), c.scale().descriptions()),
				c.criteria()
					.stream()
					.map(criterion -> new ApiRecords.Criterion(criterion.name(), criterion.description(),
							criterion.weight(), ApiRecords.lower(criterion.type())))
					.toList(),
				c.cpvCodes().stream().map(entry -> new ApiRecords.Cpv(entry.code(), entry.label())).toList(), c.tags(),
				c.languages().stream().map(Language::code).toList(), c.minimumTotal(), c.standstillDays(),
				c.withdrawalReason(), c.publishedAt(), c.closedAt(),
				c.answers()
					.stream()
					.map(answer -> new ApiRecords.Answer(answer.question(), answer.answerHtml(), answer.answeredAt()))
					.toList(),
				c.changeLog()
					.stream()
					.map(change -> new ApiRecords.Change(change.amendedAt(), change.reason(), change.changedFields(),
							change.previousDeadline(), change.newDeadline()))
					.toList(),
				c.attachments()
					.stream()
					.map(file -> new ApiRecords.Document(file.fileName(), file.size(), file.pages(), file.sha256(),
							file.uploadedAt()))
					.toList(),
				new ApiRecords.DetailLinks(links.to("/api/challenges/" + c.reference()),
						PublicPages.challenge(links, c.reference()), links.to("/api/ocds/records/" + ocid)));
	}

	/** The link to a page of the same search, with the parameters as given. */
	private String pageLink(SearchCriteria criteria, int page, int size) {
		var query = new LinkedHashMap<String, String>();
		add(query, "q", criteria.text().isEmpty() ? null : criteria.text());
		add(query, "status", criteria.status() == null ? null : ApiRecords.lower(criteria.status()));
		add(query, "cpvDivision", criteria.cpvDivision());
		add(query, "agency", criteria.agency() == null ? null : criteria.agency().toString());
		add(query, "budgetMin", criteria.budgetMin() == null ? null : criteria.budgetMin().toPlainString());
		add(query, "budgetMax", criteria.budgetMax() == null ? null : criteria.budgetMax().toPlainString());
		add(query, "deadlineFrom", criteria.deadlineFrom() == null ? null : criteria.deadlineFrom().toString());
		add(query, "deadlineTo", criteria.deadlineTo() == null ? null : criteria.deadlineTo().toString());
		add(query, "language", criteria.language() == null ? null : criteria.language().code());
		add(query, "sort", ApiRecords.lower(criteria.sort()));
		add(query, "page", String.valueOf(page));
		add(query, "size", String.valueOf(size));
		return PublicPages.withQuery(links.to("/api/challenges"), query);
	}

	private static void add(Map<String, String> query, String name, @Nullable String value) {
		if (value != null) {
			query.put(name, value);
		}
	}

	/** A search as the API answers it: every criterion as given, and the page. */
	private record SearchKey(SearchCriteria criteria, int page, int size) {
	}

}
