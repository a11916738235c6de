package org.pilotbridge.pilot;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Currency;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import org.pilotbridge.challenge.ChallengeId;
import org.pilotbridge.identity.OrganisationId;
import org.pilotbridge.identity.SizeClass;
import org.pilotbridge.proposal.ProposalId;
import org.pilotbridge.shared.InvalidInput;
import org.pilotbridge.shared.Money;

/**
 * The pilot of one awarded proposal: its dates (calendar days in the challenge's time
 * zone), its milestones, its status, and at the end its results and the company's own
 * account. State changes are package-private and check the lifecycle; who may call them
 * is checked by the services.
 */
@Table("pilot")
public class Pilot {

	public static final int MILESTONE_TITLE_MAX_LENGTH = 200;

	public static final int MAX_MILESTONES = 30;

	public static final int LESSONS_MAX_LENGTH = 10_000;

	public static final int ACCOUNT_MAX_LENGTH = 10_000;

	public static final int STOP_REASON_MAX_LENGTH = 2000;

	@Id
	private final UUID id;

	@Version
	private @Nullable Integer version;

	private final String reference;

	private final UUID challengeId;

	private final String challengeReference;

	private final String challengeTitle;

	private final UUID agencyId;

	private final UUID proposalId;

	private final UUID companyId;

	private final String companyName;

	private final @Nullable SizeClass companySize;

	private final @Nullable BigDecimal amount;

	private final @Nullable String currency;

	private final String timeZone;

	private final Instant awardedAt;

	private PilotStatus status;

	private LocalDate startDate;

	private LocalDate endDate;

	private @Nullable Instant startedAt;

	private @Nullable Instant endedAt;

	private @Nullable String stopReason;

	private @Nullable PilotOutcome outcome;

	private @Nullable String lessons;

	private @Nullable PilotDecision decision;

	private @Nullable Instant resultsRecordedAt;

	private @Nullable Instant resultsPublishedAt;

	private @Nullable String companyAccount;

	private @Nullable Instant companyAccountAt;

	private int lastMilestone;

	@MappedCollection(idColumn = "pilot_id", keyColumn = "position")
	private final List<Milestone> milestones;

	private final Instant createdAt;

	@PersistenceCreator
	Pilot(UUID id, @Nullable Integer version, String reference, UUID challengeId, String challengeReference,
			String challengeTitle, UUID agencyId, UUID proposalId, UUID companyId, String companyName,
			@Nullable SizeClass companySize, @Nullable BigDecimal amount, @Nullable String currency, String timeZone,
			Instant awardedAt, PilotStatus status, LocalDate startDate, LocalDate endDate, @Nullable Instant startedAt,
			@Nullable Instant endedAt, @Nullable String stopReason, @Nullable PilotOutcome outcome,
			@Nullable String lessons, @Nullable PilotDecision decision, @Nullable Instant resultsRecordedAt,
			@Nullable Instant resultsPublishedAt, @Nullable String companyAccount, @Nullable Instant companyAccountAt,
			int lastMilestone, List<Milestone> milestones, Instant createdAt) {
		this.id = id;
		this.version = version;
		this.reference = reference;
		this.challengeId = challengeId;
		this.challengeReference = challengeReference;
		this.challengeTitle = challengeTitle;
		this.agencyId = agencyId;
		this.proposalId = proposalId;
		this.companyId = companyId;
		this.companyName = companyName;
		this.companySize = companySize;
		this.amount = amount;
		this.currency = currency;
		this.timeZone = timeZone;
		this.awardedAt = awardedAt;
		this.status = status;
		this.startDate = startDate;
		this.endDate = endDate;
		this.startedAt = startedAt;
		this.endedAt = endedAt;
		this.stopReason = stopReason;
		this.outcome = outcome;
		this.lessons = lessons;
		this.decision = decision;
		this.resultsRecordedAt = resultsRecordedAt;
		this.resultsPublishedAt = resultsPublishedAt;
		this.companyAccount = companyAccount;
		this.companyAccountAt = companyAccountAt;
		this.lastMilestone = lastMilestone;
		this.milestones = new ArrayList<>(milestones == null ? List.of() : milestones);
		this.createdAt = createdAt;
	}

	/**
	 * A planned pilot, from the day of the award for as many weeks as the winner planned.
	 */
	static Pilot plan(String reference, ChallengeId challenge, String challengeReference, String challengeTitle,
			OrganisationId agency, ProposalId proposal, OrganisationId company, String companyName,
			@Nullable SizeClass companySize, @Nullable Money amount, ZoneId zone, Instant awardedAt, int weeks,
			Instant now) {
		var start = LocalDate.ofInstant(awardedAt, zone);
		return new Pilot(UUID.randomUUID(), null, reference, challenge.id(), challengeReference, challengeTitle,
				agency.id(), proposal.id(), company.id(), companyName, companySize,
				amount == null ? null : amount.amount(), amount == null ? null : amount.currency().getCurrencyCode(),
				zone.getId(), awardedAt, PilotStatus.PLANNED, start, start.plusWeeks(Math.max(1, weeks)).minusDays(1),
				null, null, null, null, null, null, null, null, null, null, 0, List.of(), now);
	}

	public PilotId id() {
		return new PilotId(id);
	}

	public int version() {
		return version == null ? 0 : version;
	}

	/**
	 * Such as {@code CH-2026-0042-P1}: the challenge's reference and the pilot's number
	 * within it.
	 */
	public String reference() {
		return reference;
	}

	public ChallengeId challenge() {
		return new ChallengeId(challengeId);
	}

	public String challengeReference() {
		return challengeReference;
	}

	public String challengeTitle() {
		return challengeTitle;
	}

	public OrganisationId agency() {
		return new OrganisationId(agencyId);
	}

	public ProposalId proposal() {
		return new ProposalId(proposalId);
	}

	public OrganisationId company() {
		return new OrganisationId(companyId);
	}

	/** The company's name as it was on the winning proposal. */
	public String companyName() {
		return companyName;
	}

	/** The company's size class when the pilot was awarded. */
	public Optional<SizeClass> companySize() {
		return Optional.ofNullable(companySize);
	}

	/** The amount awarded excluding VAT. */
	public Optional<Money> amount() {
		return amount == null || currency == null ? Optional.empty()
				: Optional.of(Money.of(amount, Currency.getInstance(currency)));
	}

	public ZoneId timeZone() {
		return ZoneId.of(timeZone);
	}

	public Instant awardedAt() {
		return awardedAt;
	}

	public PilotStatus status() {
		return status;
	}

	public LocalDate startDate() {
		return startDate;
	}

	public LocalDate endDate() {
		return endDate;
	}

	public Optional<Instant> startedAt() {
		return Optional.ofNullable(startedAt);
	}

	public Optional<Instant> endedAt() {
		return Optional.ofNullable(endedAt);
	}

	public Optional<String> stopReason() {
		return Optional.ofNullable(stopReason);
	}

	public Optional<PilotOutcome> outcome() {
		return Optional.ofNullable(outcome);
	}

	public String lessons() {
		return lessons == null ? "" : lessons;
	}

	public Optional<PilotDecision> decision() {
		return Optional.ofNullable(decision);
	}

	public PilotResults results() {
		return new PilotResults(outcome, lessons(), decision);
	}

	public boolean hasResults() {
		return resultsRecordedAt != null;
	}

	public Optional<Instant> resultsRecordedAt() {
		return Optional.ofNullable(resultsRecordedAt);
	}

	/** What the managers may do with the pilot where it stands. */
	public Set<PilotAction> actions() {
		var actions = EnumSet.noneOf(PilotAction.class);
		if (!status.hasEnded()) {
			actions.addAll(List.of(PilotAction.SCHEDULE, PilotAction.PLAN_MILESTONES, PilotAction.STOP));
		}
		if (status == PilotStatus.PLANNED) {
			actions.addAll(List.of(PilotAction.MOVE_START, PilotAction.START));
		}
		if (status == PilotStatus.RUNNING) {
			actions.addAll(List.of(PilotAction.MARK_MILESTONES, PilotAction.COMPLETE));
		}
		if (status.hasEnded()) {
			actions.add(PilotAction.RECORD_RESULTS);
			if (!isPublished()) {
				actions.add(PilotAction.PUBLISH_RESULTS);
			}
		}
		if (isPublished()) {
			actions.add(PilotAction.WITHDRAW_RESULTS);
		}
		return Collections.unmodifiableSet(actions);
	}

	public boolean isPublished() {
		return resultsPublishedAt != null;
	}

	public Optional<Instant> resultsPublishedAt() {
		return Optional.ofNullable(resultsPublishedAt);
	}

	public String companyAccount() {
		return companyAccount == null ? "" : companyAccount;
	}

	public Optional<Instant> companyAccountAt() {
		return Optional.ofNullable(companyAccountAt);
	}

	/** The milestones by due date, then number. */
	public List<Milestone> milestones() {
		return milestones.stream()
			.sorted(Comparator.comparing(Milestone::dueDate).thenComparing(Milestone::number))
			.toList();
	}

	public Instant createdAt() {
		return createdAt;
	}

	void schedule(LocalDate start, LocalDate end) {
		requireNotEnded();
		var problems = new InvalidInput.Problems();
		if (status == PilotStatus.RUNNING && !start.equals(startDate)) {
			problems.add("startDate", "pilot.dates.start-fixed");
		}
		else if (start.isBefore(LocalDate.ofInstant(awardedAt, timeZone()))) {
			problems.add("startDate", "pilot.dates.start-before-award");
		}
		if (end.isBefore(start)) {
			problems.add("endDate", "pilot.dates.end-before-start");
		}
		problems.throwIfAny();
		this.startDate = start;
		this.endDate = end;
	}

	int addMilestone(String title, LocalDate due) {
		requireNotEnded();
		if (milestones.size() >= MAX_MILESTONES) {
			throw InvalidInput.of("title", "pilot.milestone.too-many", MAX_MILESTONES);
		}
		lastMilestone++;
		milestones.add(new Milestone(lastMilestone, title, due, null));
		return lastMilestone;
	}

	void changeMilestone(int number, String title, LocalDate due) {
		requireNotEnded();
		milestone(number).change(title, due);
	}

	void removeMilestone(int number) {
		requireNotEnded();
		milestones.remove(milestone(number));
	}

	void markMilestone(int number, boolean done, Instant now) {
		if (status != PilotStatus.RUNNING) {
			throw InvalidInput.of("status", "pilot.milestone.not-running");
		}
		milestone(number).mark(done, now);
	}

	void start(LocalDate today, Instant now) {
		if (status != PilotStatus.PLANNED) {
			throw InvalidInput.of("status", "pilot.start.not-planned");
		}
		if (today.isBefore(startDate)) {
			throw InvalidInput.of("startDate", "pilot.start.too-early", startDate);
		}
		this.status = PilotStatus.RUNNING;
		this.startedAt = now;
	}

	void complete(LocalDate end, PilotResults results, LocalDate today, Instant now) {
		if (status != PilotStatus.RUNNING) {
			throw InvalidInput.of("status", "pilot.complete.not-running");
		}
		var problems = new InvalidInput.Problems();
		if (end.isBefore(startDate)) {
			problems.add("endDate", "pilot.dates.end-before-start");
		}
		else if (end.isAfter(today)) {
			problems.add("endDate", "pilot.complete.end-in-future");
		}
		check(results, problems);
		problems.throwIfAny();
		this.status = PilotStatus.COMPLETED;
		this.endDate = end;
		this.endedAt = now;
		record(results, now);
	}

	void stop(String reason, LocalDate today, Instant now) {
		requireNotEnded();
		if (reason.isEmpty()) {
			throw InvalidInput.of("reason", "pilot.stop.reason-required");
		}
		if (reason.length() > STOP_REASON_MAX_LENGTH) {
			throw InvalidInput.of("reason", "validation.too-long", STOP_REASON_MAX_LENGTH);
		}
		if (status == PilotStatus.RUNNING) {
			this.endDate = today.isBefore(startDate) ? startDate : today;
		}
		this.status = PilotStatus.STOPPED;
		this.stopReason = reason;
		this.endedAt = now;
	}

	void recordResults(PilotResults results, Instant now) {
		if (!status.hasEnded()) {
			throw InvalidInput.of("status", "pilot.results.not-ended");
		}
		var problems = new InvalidInput.Problems();
		check(results, problems);
		problems.throwIfAny();
		record(results, now);
	}

	void publishResults(Instant now) {
		if (!status.hasEnded()) {
			throw InvalidInput.of("status", "pilot.results.not-ended");
		}
		if (outcome == null) {
			throw InvalidInput.of("outcome", "pilot.publish.no-outcome");
		}
		if (resultsPublishedAt == null) {
			this.resultsPublishedAt = now;
		}
	}

	void withdrawResults() {
		if (resultsPublishedAt == null) {
			throw InvalidInput.of("status", "pilot.results.not-published");
		}
		this.resultsPublishedAt = null;
	}

	void writeAccount(String account, Instant now) {
		if (account.isEmpty()) {
			throw InvalidInput.of("account", "validation.required");
		}
		if (account.length() > ACCOUNT_MAX_LENGTH) {
			throw InvalidInput.of("account", "validation.too-long", ACCOUNT_MAX_LENGTH);
		}
		this.companyAccount = account;
		this.companyAccountAt = now;
	}

	private void record(PilotResults results, Instant now) {
		this.outcome = results.outcome();
		this.lessons = results.lessons();
		this.decision = results.decision();
		this.resultsRecordedAt = now;
	}

	private static void check(PilotResults results, InvalidInput.Problems problems) {
		problems.require(results.outcome() != null, "outcome", "pilot.results.outcome-required");
		if (results.lessons().isEmpty()) {
			problems.add("lessons", "pilot.results.lessons-required");
		}
		else if (results.lessons().length() > LESSONS_MAX_LENGTH) {
			problems.add("lessons", "validation.too-long", LESSONS_MAX_LENGTH);
		}
		problems.require(results.decision() != null, "decision", "pilot.results.decision-required");
	}

	private void requireNotEnded() {
		if (status.hasEnded()) {
			throw InvalidInput.of("status", "pilot.status.ended");
		}
	}

	private Milestone milestone(int number) {
		return milestones.stream()
			.filter(milestone -> milestone.number() == number)
			.findFirst()
			.orElseThrow(() -> InvalidInput.of("milestone", "pilot.milestone.unknown"));
	}

}
