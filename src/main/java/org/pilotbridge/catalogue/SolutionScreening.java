package org.pilotbridge.catalogue;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.pilotbridge.identity.CurrentPerson;
import org.pilotbridge.identity.OrganisationDirectory;
import org.pilotbridge.identity.OrganisationId;
import org.pilotbridge.identity.OrganisationSummary;
import org.pilotbridge.shared.InvalidInput;
import org.pilotbridge.shared.UserText;

/**
 * What platform administrators do before a solution reaches the public: see the versions
 * waiting, publish one, or refuse it with a reason the company sees. Approving a version
 * of a published solution replaces the version online; refusing it leaves the version
 * online as it was.
 */
@Service
@Transactional
@PreAuthorize("hasRole('PLATFORM_ADMIN')")
public class SolutionScreening {

	private final Solutions solutions;

	private final SolutionFiles files;

	private final OrganisationDirectory organisations;

	private final CurrentPerson current;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	SolutionScreening(Solutions solutions, SolutionFiles files, OrganisationDirectory organisations,
			CurrentPerson current, ApplicationEventPublisher events, Clock clock) {
		this.solutions = solutions;
		this.files = files;
		this.organisations = organisations;
		this.current = current;
		this.events = events;
		this.clock = clock;
	}

	/** The versions waiting for screening, oldest first. */
	@Transactional(readOnly = true)
	public List<PendingSolution> pending() {
		return solutions.findAllById(solutions.pendingIds())
			.stream()
			.sorted(Comparator.comparing(s -> s.submittedAt().orElse(s.updatedAt())))
			.map(solution -> new PendingSolution(solution.id(), solution.version(), solution.reference(),
					solution.company(),
					organisations.organisation(solution.company()).map(OrganisationSummary::name).orElse(""),
					solution.profile(), solution.images(), solution.brochure().orElse(null),
					solution.submittedAt().orElse(solution.updatedAt()), solution.isPublic()))
			.toList();
	}

	/**
	 * Publishes the version waiting for screening.
	 * @param version the version the administrator read
	 * @throws OptimisticLockingFailureException when the company changed it since
	 * @throws InvalidInput when it is not waiting for screening
	 */
	public void approve(SolutionId id, int version) {
		var solution = pendingAt(id, version);
		var firstTime = !solution.isPublic();
		solution.approve(clock.instant());
		solutions.save(solution);
		files.deleteAllBut(id, solution.filesInUse());
		var name = solution.profile().name();
		events.publishEvent(new SolutionPublished(id, solution.reference(), name, solution.company(), firstTime,
				current.auditRecord("solution.published", "solution", id,
						Map.of("reference", solution.reference(), "name", name))));
	}

	/**
	 * Refuses the version waiting for screening, with a reason the company sees.
	 * @throws InvalidInput when the reason is missing or too long, or it is not waiting
	 * for screening
	 */
	public void reject(SolutionId id, int version, @Nullable String reason) {
		var why = UserText.clean(reason);
		new InvalidInput.Problems().require(!why.isEmpty(), "reason", "validation.required")
			.require(why.length() <= Solution.REASON_MAX_LENGTH, "reason", "validation.too-long",
					Solution.REASON_MAX_LENGTH)
			.throwIfAny();
		var solution = pendingAt(id, version);
		solution.reject(why, clock.instant());
		solutions.save(solution);
		events.publishEvent(new SolutionRejected(id, solution.reference(), solution.profile().name(),
				solution.company(), why, current.auditRecord("solution.rejected", "solution", id,
						Map.of("reference", solution.reference(), "reason", why))));
	}

	private Solution pendingAt(SolutionId id, int version) {
		solutions.lock(id.id()).orElseThrow(() -> new SolutionNotFound(id));
		var solution = solutions.findById(id.id()).orElseThrow(() -> new SolutionNotFound(id));
		if (solution.version() != version) {
			throw new OptimisticLockingFailureException(
					"Solution " + id + " is at version " + solution.version() + ", not " + version);
		}
		if (solution.state() != SolutionState.PENDING) {
			throw InvalidInput.of("solution", "catalogue.screening.not-pending");
		}
		return solution;
	}

	/**
	 * A version waiting for screening, as the company wrote it.
	 *
	 * @param published whether an earlier version is online
	 */
	public record PendingSolution(SolutionId id, int version, String reference, OrganisationId company,
			String companyName, SolutionProfile profile, List<SolutionFileId> images, @Nullable SolutionFileId brochure,
			Instant submittedAt, boolean published) {
	}

}
