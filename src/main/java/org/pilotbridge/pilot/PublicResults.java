package org.pilotbridge.pilot;

import java.util.HashMap;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.pilotbridge.challenge.ChallengeDirectory;
import org.pilotbridge.identity.OrganisationDirectory;
import org.pilotbridge.identity.OrganisationId;
import org.pilotbridge.identity.OrganisationSummary;
import org.pilotbridge.shared.Markdown;

/**
 * What everyone may read about pilots: the published results and the platform's figures.
 * Results the managers have not published do not exist here.
 */
@Service
@Transactional(readOnly = true)
public class PublicResults {

	static final String PATH = "/results/";

	private final Pilots pilots;

	private final ChallengeDirectory challenges;

	private final OrganisationDirectory organisations;

	PublicResults(Pilots pilots, ChallengeDirectory challenges, OrganisationDirectory organisations) {
		this.pilots = pilots;
		this.challenges = challenges;
		this.organisations = organisations;
	}

	/**
	 * The address of a pilot's results page, such as {@code /results/CH-2026-0042-P1}.
	 */
	public static String pathOf(String reference) {
		return PATH + reference;
	}

	/**
	 * The published results of a pilot; empty when there is no such pilot or its results
	 * are not published.
	 */
	public Optional<PublishedPilot> byReference(String reference) {
		return pilots.findByReference(reference).filter(Pilot::isPublished).map(this::published);
	}

	/** Every published result, the most recently published first. */
	public List<PublishedPilot> published() {
		return pilots.findPublished().stream().map(this::published).toList();
	}

	/** The platform's figures per year, per agency and in total. */
	public PlatformStatistics statistics() {
		var facts = challenges.published();
		var all = pilots.findAll().stream().map(Statistics.PilotFacts::of).toList();
		var names = new HashMap<OrganisationId, String>();
		return Statistics.compute(facts, all, agency -> names.computeIfAbsent(agency,
				id -> organisations.organisation(id).map(OrganisationSummary::name).orElse("")));
	}

	private PublishedPilot published(Pilot pilot) {
		var agency = organisations.organisation(pilot.agency()).map(OrganisationSummary::name).orElse("");
		return new PublishedPilot(pilot.reference(), pilot.challengeReference(), pilot.challengeTitle(), agency,
				pilot.companyName(), pilot.amount().orElse(null), pilot.timeZone(), pilot.startDate(), pilot.endDate(),
				pilot.status(), pilot.stopReason().orElse(null), pilot.outcome().orElseThrow(),
				pilot.decision().orElseThrow(), pilot.lessons(), Markdown.toSafeHtml(pilot.lessons()),
				pilot.companyAccount().isEmpty() ? "" : Markdown.toSafeHtml(pilot.companyAccount()),
				pilot.companyAccount().isEmpty() ? null : pilot.companyAccountAt().orElse(null),
				pilot.milestones()
					.stream()
					.map(m -> new PublishedPilot.PublicMilestone(m.title(), m.dueDate(), m.isDone()))
					.toList(),
				pilot.resultsPublishedAt().orElseThrow());
	}

}
