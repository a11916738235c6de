package org.pilotbridge.pilot;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.pilotbridge.audit.Actor;
import org.pilotbridge.audit.AuditRecord;
import org.pilotbridge.challenge.ChallengeAwarded;
import org.pilotbridge.challenge.ChallengeDirectory;
import org.pilotbridge.challenge.ChallengeId;
import org.pilotbridge.challenge.ChallengeState;
import org.pilotbridge.identity.OrganisationDirectory;
import org.pilotbridge.identity.OrganisationSummary;
import org.pilotbridge.proposal.AwardedProposals;

/**
 * Turns every proposal awarded for a challenge into a pilot once the award is final,
 * however many proposals the challenge awards. It runs after the award has committed,
 * through the event publication registry, and again harmlessly on a replay: a proposal
 * that already has a pilot gets no second one.
 */
@Service
public class PilotPlanning {

	private static final Logger log = LoggerFactory.getLogger(PilotPlanning.class);

	/** When neither the proposal nor the challenge says how long the pilot takes. */
	static final int DEFAULT_WEEKS = 12;

	private final Pilots pilots;

	private final ChallengeDirectory challenges;

	private final AwardedProposals awarded;

	private final OrganisationDirectory organisations;

	private final ApplicationEventPublisher events;

	private final JdbcClient jdbc;

	private final Clock clock;

	PilotPlanning(Pilots pilots, ChallengeDirectory challenges, AwardedProposals awarded,
			OrganisationDirectory organisations, ApplicationEventPublisher events, JdbcClient jdbc, Clock clock) {
		this.pilots = pilots;
		this.challenges = challenges;
		this.awarded = awarded;
		this.organisations = organisations;
		this.events = events;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(ChallengeAwarded event) {
		var planned = planFor(event.challenge());
		if (!planned.isEmpty()) {
			log.info("Planned {} pilots for {}", planned.size(), event.reference());
		}
	}

	/**
	 * Plans a pilot for every awarded proposal of the challenge that has none yet,
	 * numbered in the order the proposals were received; returns the pilots planned now.
	 * Nothing happens unless the challenge is awarded.
	 */
	@Transactional
	public List<PilotId> planFor(ChallengeId challenge) {
		var summary = challenges.challenge(challenge).filter(found -> found.state() == ChallengeState.AWARDED);
		if (summary.isEmpty()) {
			return List.of();
		}
		jdbc.sql("SELECT pg_advisory_xact_lock(hashtext(?))").param("pilot:" + challenge).query((rs, row) -> 1).list();
		var existing = pilots.findByChallenge(challenge.id());
		var known = existing.stream().map(Pilot::proposal).toList();
		var number = existing.size();
		var planned = new ArrayList<PilotId>();
		var facts = summary.get();
		var now = clock.instant();
		for (var proposal : awarded.of(challenge)) {
			if (known.contains(proposal.id())) {
				continue;
			}
			number++;
			var weeks = Objects.requireNonNullElse(proposal.timelineWeeks(),
					Objects.requireNonNullElse(facts.pilotDurationWeeks(), DEFAULT_WEEKS));
			var size = organisations.organisation(proposal.company()).map(OrganisationSummary::sizeClass).orElse(null);
			var pilot = pilots.save(
					Pilot.plan(Objects.requireNonNull(facts.reference()) + "-P" + number, challenge, facts.reference(),
							facts.title(), facts.agency(), proposal.id(), proposal.company(), proposal.companyName(),
							size, proposal.price(), facts.timeZone(), proposal.awardedAt(), weeks, now));
			events.publishEvent(
					new PilotPlanned(pilot.id(), pilot.reference(), challenge, pilot.agency(), pilot.company(),
							AuditRecord.of(now, Actor.SYSTEM, "pilot.planned", "pilot", pilot.id(),
									Map.of("reference", pilot.reference(), "challenge", challenge.toString(), "company",
											pilot.company().toString()))));
			planned.add(pilot.id());
		}
		return planned;
	}

}
