package org.pilotbridge.pilot;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.pilotbridge.identity.OrganisationId;
import org.pilotbridge.shared.Money;

/**
 * The public facts of a pilot as a contract, for the open data: who carries it out, for
 * how much, when, where it stands, and its milestones. Results and accounts are not part
 * of it.
 *
 * @param startedAt when it started, if it did (a pilot stopped before it started never
 * ran)
 */
public record PilotContract(String reference, OrganisationId company, @Nullable Money amount, ZoneId timeZone,
		LocalDate startDate, LocalDate endDate, PilotStatus status, @Nullable Instant startedAt,
		@Nullable Instant endedAt, List<ContractMilestone> milestones) {

	public PilotContract {
		milestones = List.copyOf(milestones);
	}

	static PilotContract of(Pilot pilot) {
		return new PilotContract(pilot.reference(), pilot.company(), pilot.amount().orElse(null), pilot.timeZone(),
				pilot.startDate(), pilot.endDate(), pilot.status(), pilot.startedAt().orElse(null),
				pilot.endedAt().orElse(null),
				pilot.milestones()
					.stream()
					.map(m -> new ContractMilestone(m.number(), m.title(), m.dueDate(), m.doneAt().orElse(null)))
					.toList());
	}

	/** A milestone: its number within the pilot, title, due date and when it was met. */
	public record ContractMilestone(int number, String title, LocalDate dueDate, @Nullable Instant doneAt) {
	}

}
