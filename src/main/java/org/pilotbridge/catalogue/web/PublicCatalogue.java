package org.pilotbridge.catalogue.web;

import java.util.Optional;

import org.springframework.cache.annotation.Cacheable;
import org.springframework.stereotype.Component;

import org.pilotbridge.catalogue.PublicSolution;
import org.pilotbridge.catalogue.SolutionCriteria;
import org.pilotbridge.catalogue.SolutionQuery;
import org.pilotbridge.catalogue.SolutionResults;
import org.pilotbridge.catalogue.SolutionSearch;

/**
 * What the public site shows of the catalogue, the same for everyone, kept a few seconds
 * in this node's memory ({@link CatalogueSite}), and forgotten as soon as a change is
 * published here ({@link PublicCatalogueChanges}). Reads go through the catalogue's query
 * services.
 */
@Component
class PublicCatalogue {

	static final String SOLUTIONS = "public-solution-pages";

	static final String SEARCHES = "public-solution-searches";

	static final int PAGE_SIZE = 20;

	private final SolutionQuery solutions;

	private final SolutionSearch search;

	PublicCatalogue(SolutionQuery solutions, SolutionSearch search) {
		this.solutions = solutions;
		this.search = search;
	}

	/** A solution in the catalogue; empty for none, or one that is not public. */
	@Cacheable(cacheNames = SOLUTIONS, key = "#reference")
	public Optional<PublicSolution> solution(String reference) {
		return solutions.byReference(reference);
	}

	/**
	 * One page of a search of the catalogue.
	 * @throws org.pilotbridge.shared.InvalidInput when the search cannot be run (not
	 * kept)
	 */
	@Cacheable(cacheNames = SEARCHES)
	public SolutionResults search(SolutionCriteria criteria, int page) {
		return search.search(criteria, page * PAGE_SIZE, PAGE_SIZE);
	}

}
