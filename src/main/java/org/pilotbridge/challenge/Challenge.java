package org.pilotbridge.challenge;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import org.pilotbridge.identity.OrganisationId;
import org.pilotbridge.identity.PersonId;
import org.pilotbridge.shared.Language;
import org.pilotbridge.shared.Money;

/**
 * A problem an agency publishes, with its budget cap, criteria and deadlines. State
 * changes are package-private and guard themselves; {@link ChallengeManagement} checks
 * who may make them and whether the content is sound.
 */
@Table("challenge")
public class Challenge {

	public static final int TITLE_MAX_LENGTH = 150;

	public static final int SUMMARY_MAX_LENGTH = 300;

	public static final int TEXT_MAX_LENGTH = 10_000;

	public static final int REASON_MAX_LENGTH = 1000;

	public static final int MAX_CRITERIA = 10;

	public static final int MAX_CPV_CODES = 20;

	public static final int MAX_TAGS = 10;

	public static final int TAG_MAX_LENGTH = 40;

	public static final int MAX_ATTACHMENTS = 5;

	/** The days the panel is given to score unless the managers choose another date. */
	public static final int DEFAULT_SCORING_DAYS = 14;

	/** The most days ahead the scoring may be due. */
	public static final int MAX_SCORING_DAYS = 120;

	public static final int MIN_PILOT_WEEKS = 1;

	public static final int MAX_PILOT_WEEKS = 104;

	public static final int MAX_PILOTS = 10;

	public static final int MAX_STANDSTILL_DAYS = 60;

	@Id
	private final UUID id;

	@Version
	private @Nullable Integer version;

	private @Nullable String reference;

	private final UUID agencyId;

	private final UUID createdBy;

	private ChallengeState state;

	private String title;

	private String summary;

	private String problemStatement;

	private String context;

	private String expectedOutcome;

	private String constraints;

	private @Nullable BigDecimal budgetAmount;

	private @Nullable String budgetCurrency;

	private @Nullable Integer pilotDurationWeeks;

	private int pilotsToAward;

	private String timeZone;

	private @Nullable Instant questionsDeadline;

	private @Nullable Instant proposalsDeadline;

	private int scaleMin;

	private int scaleMax;

	private List<String> scaleDescriptions;

	@MappedCollection(idColumn = "challenge_id", keyColumn = "position")
	private List<Criterion> criteria;

	private List<String> cpvCodes;

	private List<String> tags;

	private List<String> languages;

	private @Nullable Integer minimumTotal;

	private int standstillDays;

	private @Nullable String withdrawalReason;

	private int submittedCount;

	private boolean hadSubmission;

	@MappedCollection(idColumn = "challenge_id", keyColumn = "position")
	private final List<Amendment> amendments;

	private final Instant createdAt;

	private @Nullable Instant publishedAt;

	private @Nullable Instant closedAt;

	private @Nullable Instant withdrawnAt;

	private @Nullable Instant evaluationStartedAt;

	private @Nullable LocalDate scoringDueOn;

	private @Nullable Instant decidedAt;

	@PersistenceCreator
	Challenge(UUID id, @Nullable Integer version, @Nullable String reference, UUID agencyId, UUID createdBy,
			ChallengeState state, String title, String summary, String problemStatement, String context,
			String expectedOutcome, String constraints, @Nullable BigDecimal budgetAmount,
			@Nullable String budgetCurrency, @Nullable Integer pilotDurationWeeks, int pilotsToAward, String timeZone,
			@Nullable Instant questionsDeadline, @Nullable Instant proposalsDeadline, int scaleMin, int scaleMax,
			List<String> scaleDescriptions, List<Criterion> criteria, List<String> cpvCodes, List<String> tags,
			List<String> languages, @Nullable Integer minimumTotal, int standstillDays,
			@Nullable String withdrawalReason, int submittedCount, boolean hadSubmission, List<Amendment> amendments,
			Instant createdAt, @Nullable Instant publishedAt, @Nullable Instant closedAt, @Nullable Instant withdrawnAt,
			@Nullable Instant evaluationStartedAt, @Nullable LocalDate scoringDueOn, @Nullable Instant decidedAt) {
		this.id = id;
		this.version = version;
		this.reference = reference;
		this.agencyId = agencyId;
		this.createdBy = createdBy;
		this.state = state;
		this.title = title;
		this.summary = summary;
		this.problemStatement = problemStatement;
		this.context = context;
		this.expectedOutcome = expectedOutcome;
		this.constraints = constraints;
		this.budgetAmount = budgetAmount;
		this.budgetCurrency = budgetCurrency;
		this.pilotDurationWeeks = pilotDurationWeeks;
		this.pilotsToAward = pilotsToAward;
		this.timeZone = timeZone;
		this.questionsDeadline = questionsDeadline;
		this.proposalsDeadline = proposalsDeadline;
		this.scaleMin = scaleMin;
		this.scaleMax = scaleMax;
		this.scaleDescriptions = new ArrayList<>(scaleDescriptions == null ? List.of() : scaleDescriptions);
		this.criteria = new ArrayList<>(criteria);
		this.cpvCodes = new ArrayList<>(cpvCodes == null ? List.of() : cpvCodes);
		this.tags = new ArrayList<>(tags == null ? List.of() : tags);
		this.languages = new ArrayList<>(languages == null ? List.of() : languages);
		this.minimumTotal = minimumTotal;
		this.standstillDays = standstillDays;
		this.withdrawalReason = withdrawalReason;
		this.submittedCount = submittedCount;
		this.hadSubmission = hadSubmission;
		this.amendments = new ArrayList<>(amendments);
		this.createdAt = createdAt;
		this.publishedAt = publishedAt;
		this.closedAt = closedAt;
		this.withdrawnAt = withdrawnAt;
		this.evaluationStartedAt = evaluationStartedAt;
		this.scoringDueOn = scoringDueOn;
		this.decidedAt = decidedAt;
	}

	static Challenge draft(OrganisationId agency, PersonId author, ChallengeDraft draft, Instant now) {
		var challenge = new Challenge(UUID.randomUUID(), null, null, agency.id(), author.id(), ChallengeState.DRAFT, "",
				"", "", "", "", "", null, null, null, 1, ChallengeDraft.DEFAULT_TIME_ZONE.getId(), null, null, 0, 5,
				List.of(), List.of(), List.of(), List.of(), List.of(), null, 0, null, 0, false, List.of(), now, null,
				null, null, null, null, null);
		challenge.describe(draft);
		return challenge;
	}

	public ChallengeId id() {
		return new ChallengeId(id);
	}

	public int version() {
		return version == null ? 0 : version;
	}

	public Optional<String> reference() {
		return Optional.ofNullable(reference);
	}

	public OrganisationId agency() {
		return new OrganisationId(agencyId);
	}

	public PersonId createdBy() {
		return new PersonId(createdBy);
	}

	public ChallengeState state() {
		return state;
	}

	/**
	 * The state as it is at that moment: a published challenge past its deadline is
	 * closed even before the job or the next access has recorded it.
	 */
	public ChallengeState stateAt(Instant now) {
		return state == ChallengeState.PUBLISHED && isPastDeadline(now) ? ChallengeState.CLOSED : state;
	}

	/**
	 * Whether proposals (and amendments) are still possible: published and before the
	 * deadline.
	 */
	public boolean isOpenAt(Instant now) {
		return state == ChallengeState.PUBLISHED && !isPastDeadline(now);
	}

	/**
	 * Whether companies may still ask a question at that moment: open, and before the
	 * questions deadline.
	 */
	public boolean acceptsQuestionsAt(Instant now) {
		return isOpenAt(now) && questionsDeadline != null && now.isBefore(questionsDeadline);
	}

	/**
	 * Whether a change of a proposal received at that time counts: the challenge is
	 * published (its proposals not opened yet) and the change was received before the
	 * deadline, however late it is now.
	 *
	 * @see "Design decision: docs/decisions/DD020-20261207-time-of-receipt.md"
	 */
	boolean receivedInTime(Instant receivedAt) {
		return state == ChallengeState.PUBLISHED && proposalsDeadline != null && receivedAt.isBefore(proposalsDeadline);
	}

	/**
	 * When the challenge closes for good and its proposals are opened: the deadline plus
	 * the opening delay.
	 */
	Optional<Instant> opensAt(Duration openingDelay) {
		return proposalsDeadline().map(deadline -> deadline.plus(openingDelay));
	}

	boolean isPastDeadline(Instant now) {
		return proposalsDeadline != null && !now.isBefore(proposalsDeadline);
	}

	public String title() {
		return title;
	}

	public String summary() {
		return summary;
	}

	public String problemStatement() {
		return problemStatement;
	}

	public String context() {
		return context;
	}

	public String expectedOutcome() {
		return expectedOutcome;
	}

	public String constraints() {
		return constraints;
	}

	public Optional<Money> budgetCap() {
		return budgetAmount == null || budgetCurrency == null ? Optional.empty()
				: Optional.of(Money.of(budgetAmount, Currency.getInstance(budgetCurrency)));
	}

	public Optional<Integer> pilotDurationWeeks() {
		return Optional.ofNullable(pilotDurationWeeks);
	}

	public int pilotsToAward() {
		return pilotsToAward;
	}

	public ZoneId timeZone() {
		return ZoneId.of(timeZone);
	}

	public Optional<Instant> questionsDeadline() {
		return Optional.ofNullable(questionsDeadline);
	}

	public Optional<Instant> proposalsDeadline() {
		return Optional.ofNullable(proposalsDeadline);
	}

	public EvaluationScale scale() {
		return new EvaluationScale(scaleMin, scaleMax, scaleDescriptions);
	}

	public List<Criterion> criteria() {
		return List.copyOf(criteria);
	}

	public List<String> cpvCodes() {
		return List.copyOf(cpvCodes);
	}

	public List<String> tags() {
		return List.copyOf(tags);
	}

	public List<Language> languages() {
		return languages.stream().map(code -> Language.ofCode(code).orElseThrow()).toList();
	}

	/** The language the challenge is written in: its first language. */
	public Language textLanguage() {
		return languages().stream().findFirst().orElse(Language.ENGLISH);
	}

	public Optional<Integer> minimumTotal() {
		return Optional.ofNullable(minimumTotal);
	}

	public int standstillDays() {
		return standstillDays;
	}

	public Optional<String> withdrawalReason() {
		return Optional.ofNullable(withdrawalReason);
	}

	/** The proposals submitted and not withdrawn. */
	public int submittedCount() {
		return submittedCount;
	}

	/** Whether a proposal was ever submitted: from then on the criteria cannot change. */
	public boolean hadSubmission() {
		return hadSubmission;
	}

	/** The public change log, oldest first. */
	public List<Amendment> amendments() {
		return List.copyOf(amendments);
	}

	public Instant createdAt() {
		return createdAt;
	}

	public Optional<Instant> publishedAt() {
		return Optional.ofNullable(publishedAt);
	}

	public Optional<Instant> closedAt() {
		return Optional.ofNullable(closedAt);
	}

	public Optional<Instant> withdrawnAt() {
		return Optional.ofNullable(withdrawnAt);
	}

	public Optional<Instant> evaluationStartedAt() {
		return Optional.ofNullable(evaluationStartedAt);
	}

	/** Moves the last day of scoring, while the evaluation is under way. */
	void moveScoringDue(LocalDate scoringDueOn) {
		require(ChallengeState.UNDER_EVALUATION);
		this.scoringDueOn = scoringDueOn;
	}

	/** The last day on which the panel scores, set when the evaluation started. */
	public Optional<LocalDate> scoringDueOn() {
		return Optional.ofNullable(scoringDueOn);
	}

	public Optional<Instant> decidedAt() {
		return Optional.ofNullable(decidedAt);
	}

	/** What the challenge says, as a draft to edit. */
	public ChallengeDraft toDraft() {
		var zone = timeZone();
		return new ChallengeDraft(title, summary, problemStatement, context, expectedOutcome, constraints,
				budgetCap().orElse(null), pilotDurationWeeks, pilotsToAward, zone, local(questionsDeadline, zone),
				local(proposalsDeadline, zone), scale(), criteria.stream().map(Criterion::toData).toList(), cpvCodes,
				tags, languages(), minimumTotal, standstillDays);
	}

	/** Takes what the draft says; criteria keep their ids, new ones get one. */
	void describe(ChallengeDraft draft) {
		var zone = draft.timeZone();
		this.title = draft.title();
		this.summary = draft.summary();
		this.problemStatement = draft.problemStatement();
		this.context = draft.context();
		this.expectedOutcome = draft.expectedOutcome();
		this.constraints = draft.constraints();
		this.budgetAmount = draft.budgetCap() == null ? null : draft.budgetCap().amount();
		this.budgetCurrency = draft.budgetCap() == null ? null : draft.budgetCap().currency().getCurrencyCode();
		this.pilotDurationWeeks = draft.pilotDurationWeeks();
		this.pilotsToAward = draft.pilotsToAward();
		this.timeZone = zone.getId();
		this.questionsDeadline = instant(draft.questionsDeadline(), zone);
		this.proposalsDeadline = instant(draft.proposalsDeadline(), zone);
		this.scaleMin = draft.scale().min();
		this.scaleMax = draft.scale().max();
		this.scaleDescriptions = new ArrayList<>(draft.scale().descriptions());
		this.criteria = new ArrayList<>(draft.criteria()
			.stream()
			.map(c -> new Criterion(c.id() == null ? UUID.randomUUID() : c.id().id(), c.name(), c.description(),
					c.weight(), c.type()))
			.toList());
		this.cpvCodes = new ArrayList<>(draft.cpvCodes());
		this.tags = new ArrayList<>(draft.tags());
		this.languages = new ArrayList<>(draft.languages().stream().map(Language::code).toList());
		this.minimumTotal = draft.minimumTotal();
		this.standstillDays = draft.standstillDays();
	}

	void publish(String reference, Instant now) {
		require(ChallengeState.DRAFT);
		this.reference = reference;
		this.state = ChallengeState.PUBLISHED;
		this.publishedAt = now;
	}

	/** Records a change of a published challenge in its public change log. */
	Amendment amend(ChallengeDraft changed, List<String> changedFields, String reason, PersonId by, Instant now) {
		require(ChallengeState.PUBLISHED);
		var previousDeadline = proposalsDeadline;
		describe(changed);
		var deadlineMoved = !Objects.equals(previousDeadline, proposalsDeadline);
		var amendment = new Amendment(now, by.id(), reason, changedFields, deadlineMoved ? previousDeadline : null,
				deadlineMoved ? proposalsDeadline : null);
		amendments.add(amendment);
		return amendment;
	}

	void withdraw(String reason, Instant now) {
		require(ChallengeState.PUBLISHED);
		this.state = ChallengeState.WITHDRAWN;
		this.withdrawalReason = reason;
		this.withdrawnAt = now;
	}

	/**
	 * Closes the challenge for good, which opens its proposals: only once the opening
	 * delay has passed.
	 */
	void close(Instant now, Duration openingDelay) {
		require(ChallengeState.PUBLISHED);
		if (opensAt(openingDelay).filter(opening -> !now.isBefore(opening)).isEmpty()) {
			throw new IllegalStateException(
					"Challenge " + id + " closes " + openingDelay + " after its deadline, not before");
		}
		this.state = ChallengeState.CLOSED;
		this.closedAt = now;
	}

	/**
	 * Starts the evaluation, the panel to score by the end of {@code scoringDueOn} in the
	 * challenge's time zone.
	 */
	void startEvaluation(Instant now, LocalDate scoringDueOn) {
		require(ChallengeState.CLOSED);
		this.state = ChallengeState.UNDER_EVALUATION;
		this.evaluationStartedAt = now;
		this.scoringDueOn = scoringDueOn;
	}

	void award(Instant now) {
		require(ChallengeState.UNDER_EVALUATION);
		this.state = ChallengeState.AWARDED;
		this.decidedAt = now;
	}

	void noAward(Instant now) {
		require(ChallengeState.UNDER_EVALUATION);
		this.state = ChallengeState.NO_AWARD;
		this.decidedAt = now;
	}

	private void require(ChallengeState expected) {
		if (state != expected) {
			throw new IllegalStateException("Challenge " + id + " is " + state + ", not " + expected);
		}
	}

	private static @Nullable Instant instant(@Nullable LocalDateTime local, ZoneId zone) {
		return local == null ? null : local.atZone(zone).toInstant();
	}

	private static @Nullable LocalDateTime local(@Nullable Instant instant, ZoneId zone) {
		return instant == null ? null : LocalDateTime.ofInstant(instant, zone);
	}

	/**
	 * One entry of the public change log: when, why, which fields, and how the deadline
	 * moved.
	 *
	 * @param changedFields the names of the fields that changed, as in
	 * {@link ChallengeDraft}
	 */
	@Table("challenge_amendment")
	public record Amendment(Instant amendedAt, UUID amendedBy, String reason, List<String> changedFields,
			@Nullable Instant previousDeadline, @Nullable Instant newDeadline) {

		public Amendment {
			changedFields = List.copyOf(changedFields);
		}

		public boolean extendedDeadline() {
			return previousDeadline != null && newDeadline != null && newDeadline.isAfter(previousDeadline);
		}

	}

}
