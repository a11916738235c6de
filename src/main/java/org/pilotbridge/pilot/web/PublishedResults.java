package org.pilotbridge.pilot.web;

import java.util.List;
import java.util.Optional;

import org.springframework.cache.annotation.Cacheable;
import org.springframework.stereotype.Component;

import org.pilotbridge.pilot.PlatformStatistics;
import org.pilotbridge.pilot.PublicResults;
import org.pilotbridge.pilot.PublishedPilot;

/**
 * What the public site shows of pilots, the same for everyone, kept a few seconds in this
 * node's memory ({@link ResultsSite}) and forgotten as soon as a change is published here
 * ({@link PublishedResultsChanges}). Reads go through {@link PublicResults}.
 */
@Component
class PublishedResults {

	static final String PAGES = "public-result-pages";

	static final String SECTION = "public-results-section";

	private final PublicResults results;

	PublishedResults(PublicResults results) {
		this.results = results;
	}

	/**
	 * The published results of a pilot; empty when there is no such pilot or they are not
	 * published.
	 */
	@Cacheable(cacheNames = PAGES, key = "#reference")
	public Optional<PublishedPilot> pilot(String reference) {
		return results.byReference(reference);
	}

	/** The platform's figures and every published result, most recent first. */
	@Cacheable(cacheNames = SECTION, key = "'all'")
	public Section section() {
		return new Section(results.statistics(), results.published());
	}

	record Section(PlatformStatistics statistics, List<PublishedPilot> published) {

		Section {
			published = List.copyOf(published);
		}

	}

}
