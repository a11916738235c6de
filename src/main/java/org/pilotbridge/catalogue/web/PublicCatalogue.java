package org.pilotbridge.catalogue.web;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.stereotype.Component;

import org.pilotbridge.catalogue.ConsultationQuery;
import org.pilotbridge.catalogue.ConsultationSummary;
import org.pilotbridge.catalogue.PublicConsultation;
import org.pilotbridge.catalogue.PublicSolution;
import org.pilotbridge.catalogue.SolutionCriteria;
import org.pilotbridge.catalogue.SolutionQuery;
import org.pilotbridge.catalogue.SolutionResults;
import org.pilotbridge.catalogue.SolutionSearch;
import org.pilotbridge.shared.web.PublicDataCache;

/**
 * What the public site shows of the catalogue, the same for everyone, kept a few seconds in this
 * node's memory ({@link CatalogueSite}): never beyond the moment it changes by itself (a
 * consultation's close), and forgotten as soon as a change is published here
 * ({@link PublicCatalogueChanges}). Reads go through the catalogue's query services.
 */
@Component
class PublicCatalogue {

	static final String SOLUTIONS = "public-solution-pages";

	static final String SEARCHES = "public-solution-searches";

	static final String CONSULTATIONS = "public-consultation-pages";

	static final String CONSULTATION_LISTS = "public-consultation-lists";

	static final int PAGE_SIZE = 20;

	/** How many consultations each part of the list shows, open and closed. */
	static final int LIST_SIZE = 50;

	private final SolutionQuery solutions;

	private final SolutionSearch search;

	private final ConsultationQuery consultations;

	private final Clock clock;

	PublicCatalogue(SolutionQuery solutions, SolutionSearch search, ConsultationQuery consultations, Clock clock) {
		this.solutions = solutions;
		this.search = search;
		this.consultations = consultations;
		this.clock = clock;
	}

	/** A solution in the catalogue; empty for none, or one that is not public. */
	@Cacheable(cacheNames = SOLUTIONS, key = "#reference")
	public Optional<PublicSolution> solution(String reference) {
		return solutions.byReference(reference);
	}

	/**
	 * One page of a search of the catalogue.
	 *
	 * @throws org.pilotbridge.shared.InvalidInput when the search cannot be run (not kept)
	 */
	@Cacheable(cacheNames = SEARCHES)
	public SolutionResults search(SolutionCriteria criteria, int page) {
		return search.search(criteria, page * PAGE_SIZE, PAGE_SIZE);
	}

	/** A consultation and when what it shows changes by itself; empty for none. */
	@Cacheable(cacheNames = CONSULTATIONS, key = "#reference")
	public Optional<Shown> consultation(String reference) {
		var now = clock.instant();
		return consultations.byReference(reference)
			.map(consultation -> new Shown(consultation, consultation.nextChangeAfter(now).orElse(null)));
	}

	/** The consultations open for answers, closing first, and those closed most recently. */
	@Cacheable(cacheNames = CONSULTATION_LISTS, key = "'all'")
	public Lists consultations() {
		var now = clock.instant();
		var open = consultations.list(true, 0, LIST_SIZE);
		var closed = consultations.list(false, 0, LIST_SIZE);
		var nextClose = open.stream()
			.filter(consultation -> consultation.isOpenAt(now))
			.map(ConsultationSummary::closesAt)
			.min(Instant::compareTo)
			.orElse(null);
		return new Lists(open, closed, nextClose);
	}

	record Shown(PublicConsultation consultation, @Nullable Instant changesAt) implements PublicDataCache.Changing {
	}

	record Lists(List<ConsultationSummary> open, List<ConsultationSummary> closed, @Nullable Instant changesAt)
			implements PublicDataCache.Changing {

		Lists {
			open = List.copyOf(open);
			closed = List.copyOf(closed);
		}
	}

}
