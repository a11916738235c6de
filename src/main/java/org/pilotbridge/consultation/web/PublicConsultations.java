package org.pilotbridge.consultation.web;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.stereotype.Component;

import org.pilotbridge.consultation.ConsultationQuery;
import org.pilotbridge.consultation.ConsultationSummary;
import org.pilotbridge.consultation.PublicConsultation;
import org.pilotbridge.shared.web.PublicDataCache;

/**
 * What the public site shows of the consultations, the same for everyone, kept a few
 * seconds in this node's memory ({@link ConsultationSite}): never beyond the moment it
 * changes by itself (a consultation's close), and forgotten as soon as a change is
 * published here ({@link PublicConsultationChanges}). Reads go through
 * {@link ConsultationQuery}.
 */
@Component
class PublicConsultations {

	static final String CONSULTATIONS = "public-consultation-pages";

	static final String CONSULTATION_LISTS = "public-consultation-lists";

	/** How many consultations each part of the list shows, open and closed. */
	static final int LIST_SIZE = 50;

	private final ConsultationQuery consultations;

	private final Clock clock;

	PublicConsultations(ConsultationQuery consultations, Clock clock) {
		this.consultations = consultations;
		this.clock = clock;
	}

	/** A consultation and when what it shows changes by itself; empty for none. */
	@Cacheable(cacheNames = CONSULTATIONS, key = "#reference")
	public Optional<Shown> consultation(String reference) {
		var now = clock.instant();
		return consultations.byReference(reference)
			.map(consultation -> new Shown(consultation, consultation.nextChangeAfter(now).orElse(null)));
	}

	/**
	 * The consultations open for answers, closing first, and those closed most recently.
	 */
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

	record Lists(List<ConsultationSummary> open, List<ConsultationSummary> closed,
			@Nullable Instant changesAt) implements PublicDataCache.Changing {

		Lists {
			open = List.copyOf(open);
			closed = List.copyOf(closed);
		}
	}

}
