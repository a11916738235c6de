package org.pilotbridge.pilot;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.pilotbridge.audit.AuditRecord;
import org.pilotbridge.identity.CurrentPerson;
import org.pilotbridge.shared.InvalidInput;
import org.pilotbridge.shared.Sha256;
import org.pilotbridge.shared.UserText;

/**
 * What people do with a pilot. The challenge managers of the agency that awarded it plan
 * it (dates, milestones), start it, complete or stop it, record its results and publish
 * or withdraw them; the members of the winning company write the company's account. Every
 * method takes the version the person saw: a pilot changed meanwhile is refused
 * ({@link OptimisticLockingFailureException}). Every change publishes an
 * {@link PilotEvent} for the audit trail and the open data.
 *
 * @throws PilotAccessDenied from every method, when the person may not do it
 * @throws InvalidInput from every method, when the change breaks a rule; nothing is
 * changed then
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class PilotManagement {

	private final Pilots pilots;

	private final PilotAccess access;

	private final CurrentPerson current;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	PilotManagement(Pilots pilots, PilotAccess access, CurrentPerson current, ApplicationEventPublisher events,
			Clock clock) {
		this.pilots = pilots;
		this.access = access;
		this.current = current;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Sets the first and the last day of the pilot; the start date is fixed once it runs.
	 */
	public void schedule(PilotId id, int version, @Nullable LocalDate start, @Nullable LocalDate end) {
		var pilot = managed(id, version);
		var problems = new InvalidInput.Problems();
		problems.require(start != null, "startDate", "validation.required");
		problems.require(end != null, "endDate", "validation.required");
		problems.throwIfAny();
		Objects.requireNonNull(start, "checked above");
		Objects.requireNonNull(end, "checked above");
		pilot.schedule(start, end);
		save(pilot, record -> new PilotScheduled(pilot.id(), pilot.reference(), pilot.challenge(), start, end, record),
				"pilot.scheduled", Map.of("startDate", start.toString(), "endDate", end.toString()));
	}

	/** Adds a milestone; returns its number. */
	public int addMilestone(PilotId id, int version, String title, @Nullable LocalDate due) {
		var pilot = managed(id, version);
		var clean = milestone(title, due);
		Objects.requireNonNull(due, "milestone() requires it");
		var number = pilot.addMilestone(clean, due);
		saveMilestone(pilot, number, "pilot.milestone.added", Map.of("title", clean, "dueDate", due.toString()));
		return number;
	}

	public void changeMilestone(PilotId id, int version, int number, String title, @Nullable LocalDate due) {
		var pilot = managed(id, version);
		var clean = milestone(title, due);
		Objects.requireNonNull(due, "milestone() requires it");
		pilot.changeMilestone(number, clean, due);
		saveMilestone(pilot, number, "pilot.milestone.changed", Map.of("title", clean, "dueDate", due.toString()));
	}

	public void removeMilestone(PilotId id, int version, int number) {
		var pilot = managed(id, version);
		pilot.removeMilestone(number);
		saveMilestone(pilot, number, "pilot.milestone.removed", Map.of());
	}

	/** Marks a milestone done or not done, while the pilot runs. */
	public void markMilestone(PilotId id, int version, int number, boolean done) {
		var pilot = managed(id, version);
		pilot.markMilestone(number, done, clock.instant());
		saveMilestone(pilot, number, done ? "pilot.milestone.done" : "pilot.milestone.reopened", Map.of());
	}

	/** Starts the pilot, on its start date or later. */
	public void start(PilotId id, int version) {
		var pilot = managed(id, version);
		pilot.start(today(pilot), clock.instant());
		save(pilot, record -> new PilotStarted(pilot.id(), pilot.reference(), pilot.challenge(), record),
				"pilot.started", Map.of());
	}

	/**
	 * Completes a running pilot on its last day (not after today, not before its start)
	 * with its results: outcome, lessons learned and decision, all required.
	 */
	public void complete(PilotId id, int version, @Nullable LocalDate end, PilotResults results) {
		var pilot = managed(id, version);
		if (end == null) {
			throw InvalidInput.of("endDate", "validation.required");
		}
		pilot.complete(end, results, today(pilot), clock.instant());
		var outcome = Objects.requireNonNull(results.outcome(), "complete() requires it");
		var decision = Objects.requireNonNull(results.decision(), "complete() requires it");
		save(pilot,
				record -> new PilotCompleted(pilot.id(), pilot.reference(), pilot.challenge(), outcome, decision,
						record),
				"pilot.completed",
				Map.of("endDate", end.toString(), "outcome", outcome.name(), "decision", decision.name()));
	}

	/**
	 * Stops a planned or running pilot, for a reason that is published with its results.
	 */
	public void stop(PilotId id, int version, String reason) {
		var pilot = managed(id, version);
		var clean = UserText.clean(reason);
		pilot.stop(clean, today(pilot), clock.instant());
		save(pilot, record -> new PilotStopped(pilot.id(), pilot.reference(), pilot.challenge(), record),
				"pilot.stopped", Map.of("reason", clean));
	}

	/** Records (or corrects) the results of a completed or stopped pilot. */
	public void recordResults(PilotId id, int version, PilotResults results) {
		var pilot = managed(id, version);
		pilot.recordResults(results, clock.instant());
		var outcome = Objects.requireNonNull(results.outcome(), "recordResults() requires it");
		var decision = Objects.requireNonNull(results.decision(), "recordResults() requires it");
		save(pilot,
				record -> new PilotResultsRecorded(pilot.id(), pilot.reference(), pilot.challenge(), outcome, decision,
						record),
				"pilot.results.recorded", Map.of("outcome", outcome.name(), "decision", decision.name()));
	}

	/** Publishes the results page of an ended pilot whose results are recorded. */
	public void publishResults(PilotId id, int version) {
		var pilot = managed(id, version);
		pilot.publishResults(clock.instant());
		save(pilot, record -> new PilotResultsPublished(pilot.id(), pilot.reference(), pilot.challenge(), record),
				"pilot.results.published", Map.of());
	}

	/** Takes the results page offline again. */
	public void withdrawResults(PilotId id, int version) {
		var pilot = managed(id, version);
		pilot.withdrawResults();
		save(pilot, record -> new PilotResultsWithdrawn(pilot.id(), pilot.reference(), pilot.challenge(), record),
				"pilot.results.withdrawn", Map.of());
	}

	/**
	 * Writes or replaces the winning company's own account of the pilot (Markdown), by
	 * one of its members. Once the results are published the change is public at once,
	 * with the time it was made; the audit trail keeps the digests of the account before
	 * and after, and the pilot's managers are told.
	 *
	 * @see "Design decision: docs/decisions/DD024-20261207-panel-independence.md"
	 */
	public void writeAccount(PilotId id, int version, String account) {
		var pilot = load(id, version);
		access.requireCompanyMember(pilot);
		var clean = UserText.clean(account);
		var previous = pilot.companyAccount().isEmpty() ? "" : digest(pilot.companyAccount());
		var now = clock.instant();
		pilot.writeAccount(clean, now);
		var digest = digest(clean);
		var published = pilot.isPublished();
		save(pilot,
				record -> new CompanyAccountWritten(pilot.id(), pilot.reference(), pilot.challenge(),
						pilot.companyName(), published, previous, digest, now, record),
				"pilot.company-account.written", Map.of("length", String.valueOf(clean.length()), "resultsPublished",
						String.valueOf(published), "previousSha256", previous, "sha256", digest));
	}

	/**
	 * The SHA-256 of a text, in hex: what the audit trail keeps of an account, so that a
	 * change is provable.
	 */
	private static String digest(String text) {
		return Sha256.hex(text);
	}

	private Pilot managed(PilotId id, int version) {
		var pilot = load(id, version);
		access.requireManager(pilot);
		return pilot;
	}

	/** The pilot under its row lock, as the person saw it. */
	private Pilot load(PilotId id, int version) {
		pilots.lock(id.id()).orElseThrow(() -> new PilotNotFound(id));
		var pilot = pilots.findById(id.id()).orElseThrow(() -> new PilotNotFound(id));
		if (pilot.version() != version) {
			throw new OptimisticLockingFailureException("Pilot " + pilot.reference() + " was changed meanwhile");
		}
		return pilot;
	}

	private static String milestone(String title, @Nullable LocalDate due) {
		var clean = UserText.clean(title);
		var problems = new InvalidInput.Problems();
		if (clean.isEmpty()) {
			problems.add("title", "validation.required");
		}
		else if (clean.length() > Pilot.MILESTONE_TITLE_MAX_LENGTH) {
			problems.add("title", "validation.too-long", Pilot.MILESTONE_TITLE_MAX_LENGTH);
		}
		problems.require(due != null, "dueDate", "validation.required");
		problems.throwIfAny();
		return clean;
	}

	private LocalDate today(Pilot pilot) {
		return LocalDate.ofInstant(clock.instant(), pilot.timeZone());
	}

	private void saveMilestone(Pilot pilot, int number, String action, Map<String, String> details) {
		var all = new HashMap<>(details);
		all.put("milestone", String.valueOf(number));
		save(pilot,
				record -> new PilotMilestoneChanged(pilot.id(), pilot.reference(), pilot.challenge(), number, record),
				action, all);
	}

	private void save(Pilot pilot, Function<AuditRecord, PilotEvent> event, String action,
			Map<String, String> details) {
		pilots.save(pilot);
		var all = new HashMap<>(details);
		all.put("reference", pilot.reference());
		events.publishEvent(event.apply(current.auditRecord(action, "pilot", pilot.id(), all)));
	}

}
