package org.pilotbridge.opendata;

import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import com.rometools.rome.feed.atom.Category;
import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.atom.Person;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.RequestContextUtils;
import tools.jackson.databind.json.JsonMapper;

import org.pilotbridge.challenge.CpvCatalogue;
import org.pilotbridge.identity.OrganisationDirectory;
import org.pilotbridge.identity.OrganisationKind;
import org.pilotbridge.identity.OrganisationSummary;
import org.pilotbridge.shared.PublicLinks;

/**
 * Atom 1.0 feeds of the challenges open for proposals, newest publication or amendment
 * first, for all challenges, one CPV division or one agency. Built from the published
 * releases: an entry is updated when a release about its challenge is.
 */
@RestController
@Tag(name = "Feeds", description = "Atom feeds of open challenges")
class ChallengeFeeds {

	static final String ATOM = "application/atom+xml";

	private final OcdsReleases releases;

	private final CpvCatalogue cpv;

	private final OrganisationDirectory organisations;

	private final OpenDataProperties properties;

	private final PublicLinks links;

	private final MessageSource messages;

	private final JsonMapper json;

	private final Clock clock;

	ChallengeFeeds(OcdsReleases releases, CpvCatalogue cpv, OrganisationDirectory organisations,
			OpenDataProperties properties, PublicLinks links, MessageSource messages, OcdsJson json, Clock clock) {
		this.releases = releases;
		this.cpv = cpv;
		this.organisations = organisations;
		this.properties = properties;
		this.links = links;
		this.messages = messages;
		this.json = json.mapper();
		this.clock = clock;
	}

	@GetMapping(path = "/feeds/challenges.atom", produces = ATOM)
	@Operation(summary = "Follow open challenges", description = """
			An Atom 1.0 feed of the challenges open for proposals, newest publication or amendment first, \
			with their summary, agency and CPV codes; each entry links to the challenge's page.""")
	String challenges(
			@Parameter(description = "Only challenges with a CPV code in this division (two digits)",
					example = "72") @RequestParam(required = false) @Nullable String cpvDivision,
			@Parameter(description = "Only challenges of this agency (its id)") @RequestParam(
					required = false) @Nullable String agency,
			HttpServletRequest request) throws FeedException {
		var parameters = new ApiParameters();
		var agencyId = parameters.organisation("agency", agency);
		var division = cpvDivision == null || cpvDivision.isBlank() ? null
				: parameters.parsed("cpvDivision", cpvDivision, this::division, "challenge.cpv.unknown");
		parameters.throwIfAny();
		var owner = agencyId == null ? null
				: organisations.organisation(agencyId)
					.filter(organisation -> organisation.kind() == OrganisationKind.AGENCY)
					.orElseThrow(() -> new NotPublic(Objects.requireNonNullElse(agency, "")));

		var locale = RequestContextUtils.getLocale(request);
		var query = request.getQueryString();
		var self = links.to(request.getRequestURI()) + (query == null ? "" : "?" + query);
		var processes = releases.open(agencyId, division == null ? null : division.division(), properties.feedSize());

		var feed = new Feed("atom_1.0");
		feed.setId(self);
		feed.setTitle(title(division, owner, locale));
		feed.setSubtitle(text(messages.getMessage("opendata.feed.subtitle", null, locale)));
		feed.setAuthors(List.of(person(properties.publisherName(), links.base() + "/")));
		feed.setOtherLinks(List.of(link("self", ATOM, self)));
		feed.setAlternateLinks(List.of(link("alternate", "text/html", links.to(PublicPages.CHALLENGES))));
		feed.setUpdated(Date.from(processes.stream()
			.map(OcdsReleases.Process::lastUpdated)
			.max(Instant::compareTo)
			.or(releases::latestDate)
			.orElse(clock.instant())));
		feed.setEntries(processes.stream().map(this::entry).toList());
		return new WireFeedOutput().outputString(feed);
	}

	private Entry entry(OcdsReleases.Process process) {
		var release = json.readValue(process.latestJson(), Ocds.Release.class);
		var tender = release.tender();
		var page = PublicPages.challenge(links, process.reference());
		var entry = new Entry();
		entry.setId(page);
		entry.setTitleEx(text(tender.title()));
		entry.setSummary(text(tender.description()));
		entry.setAlternateLinks(List.of(link("alternate", "text/html", page)));
		entry.setUpdated(Date.from(process.lastUpdated()));
		entry.setPublished(Date.from(process.firstPublished()));
		entry.setAuthors(List.of(person(release.buyer().name(), null)));
		entry.setCategories(tender.classifications().stream().map(classification -> {
			var category = new Category();
			category.setTerm(classification.id());
			category.setLabel(classification.description());
			return category;
		}).toList());
		return entry;
	}

	private String title(CpvCatalogue.@Nullable Entry division, @Nullable OrganisationSummary owner, Locale locale) {
		if (owner != null) {
			return messages.getMessage("opendata.feed.title.agency", new Object[] { owner.name() }, locale);
		}
		if (division != null) {
			return messages.getMessage("opendata.feed.title.division",
					new Object[] { division.division(), division.label() }, locale);
		}
		return messages.getMessage("opendata.feed.title", new Object[] { properties.publisherName() }, locale);
	}

	private CpvCatalogue.Entry division(String digits) {
		if (!digits.matches("\\d{2}")) {
			throw new IllegalArgumentException(digits);
		}
		return cpv.find(digits + "000000")
			.filter(CpvCatalogue.Entry::isDivision)
			.orElseThrow(() -> new IllegalArgumentException(digits));
	}

	private static Content text(String value) {
		var content = new Content();
		content.setType(Content.TEXT);
		content.setValue(value);
		return content;
	}

	private static Link link(String rel, String type, String href) {
		var link = new Link();
		link.setRel(rel);
		link.setType(type);
		link.setHref(href);
		return link;
	}

	private static Person person(String name, @Nullable String uri) {
		var person = new Person();
		person.setName(name);
		person.setUri(uri);
		return person;
	}

}
