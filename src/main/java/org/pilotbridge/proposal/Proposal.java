package org.pilotbridge.proposal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashSet;
import java.util.LinkedHashMap;
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
import org.pilotbridge.challenge.CriterionId;
import org.pilotbridge.identity.OrganisationId;
import org.pilotbridge.identity.PersonId;
import org.pilotbridge.shared.Money;

/**
 * A company's proposal for a challenge: the working copy its members edit, its state, and
 * the number of its latest submitted version. The submitted versions themselves,
 * immutable, and the attached files are stored beside it ({@code proposal_version},
 * {@code proposal_attachment}) so that loading a proposal never loads them. State changes
 * are package-private and guard themselves; {@link ProposalManagement} checks who may
 * make them and when.
 */
@Table("proposal")
public class Proposal {

	public static final int TITLE_MAX_LENGTH = 150;

	public static final int SUMMARY_MAX_LENGTH = 1000;

	public static final int APPROACH_MAX_LENGTH = 5000;

	public static final int ANSWER_MAX_LENGTH = 2000;

	public static final int TIMELINE_MAX_LENGTH = 2000;

	public static final int TEAM_MAX_LENGTH = 2000;

	/** The highest VAT rate, in percent. */
	public static final BigDecimal VAT_RATE_MAX = BigDecimal.valueOf(100);

	public static final int MAX_ATTACHMENTS = 3;

	/** The largest attached file: 10 MB. */
	public static final long ATTACHMENT_MAX_BYTES = 10L * 1024 * 1024;

	/** The most all attached files of a proposal may weigh together: 20 MB. */
	public static final long ATTACHMENTS_MAX_TOTAL_BYTES = 20L * 1024 * 1024;

	/** The most pages an attached file may have. */
	public static final int ATTACHMENT_MAX_PAGES = 50;

	/**
	 * The longest file name kept as uploaded; it is served through a safe name anyway.
	 */
	public static final int FILE_NAME_MAX_LENGTH = 255;

	@Id
	private final UUID id;

	@Version
	private @Nullable Integer version;

	private final UUID challengeId;

	private final UUID companyId;

	private final UUID createdBy;

	private ProposalState state;

	private String title;

	private String summary;

	private String approach;

	@MappedCollection(idColumn = "proposal_id")
	private Set<Answer> answers;

	private @Nullable BigDecimal priceAmount;

	private @Nullable String priceCurrency;

	private @Nullable BigDecimal vatRate;

	private @Nullable Integer timelineWeeks;

	private String timeline;

	private String team;

	private boolean declaresEligibility;

	private boolean declaresNoConflictOfInterest;

	private boolean acceptsTerms;

	private int latestVersion;

	private final Instant createdAt;

	private Instant updatedAt;

	private @Nullable Instant submittedAt;

	private @Nullable Instant withdrawnAt;

	private @Nullable ProposalOutcome outcome;

	private @Nullable Instant outcomeRecordedAt;

	@PersistenceCreator
	Proposal(UUID id, @Nullable Integer version, UUID challengeId, UUID companyId, UUID createdBy, ProposalState state,
			String title, String summary, String approach, Set<Answer> answers, @Nullable BigDecimal priceAmount,
			@Nullable String priceCurrency, @Nullable BigDecimal vatRate, @Nullable Integer timelineWeeks,
			String timeline, String team, boolean declaresEligibility, boolean declaresNoConflictOfInterest,
			boolean acceptsTerms, int latestVersion, Instant createdAt, Instant updatedAt,
			@Nullable Instant submittedAt, @Nullable Instant withdrawnAt, @Nullable ProposalOutcome outcome,
			@Nullable Instant outcomeRecordedAt) {
		this.id = id;
		this.version = version;
		this.challengeId = challengeId;
		this.companyId = companyId;
		this.createdBy = createdBy;
		this.state = state;
		this.title = title;
		this.summary = summary;
		this.approach = approach;
		this.answers = new HashSet<>(answers);
		this.priceAmount = priceAmount;
		this.priceCurrency = priceCurrency;
		this.vatRate = vatRate;
		this.timelineWeeks = timelineWeeks;
		this.timeline = timeline;
		this.team = team;
		this.declaresEligibility = declaresEligibility;
		this.declaresNoConflictOfInterest = declaresNoConflictOfInterest;
		this.acceptsTerms = acceptsTerms;
		this.latestVersion = latestVersion;
		this.createdAt = createdAt;
		this.updatedAt = updatedAt;
		this.submittedAt = submittedAt;
		this.withdrawnAt = withdrawnAt;
		this.outcome = outcome;
		this.outcomeRecordedAt = outcomeRecordedAt;
	}

	static Proposal start(ChallengeId challenge, OrganisationId company, PersonId by, Instant now) {
		return new Proposal(UUID.randomUUID(), null, challenge.id(), company.id(), by.id(), ProposalState.DRAFT, "", "",
				"", Set.of(), null, null, null, null, "", "", false, false, false, 0, now, now, null, null, null, null);
	}

	public ProposalId id() {
		return new ProposalId(id);
	}

	/** The version of the working copy, for optimistic locking of saves. */
	public int version() {
		return version == null ? 0 : version;
	}

	public ChallengeId challenge() {
		return new ChallengeId(challengeId);
	}

	public OrganisationId company() {
		return new OrganisationId(companyId);
	}

	public PersonId createdBy() {
		return new PersonId(createdBy);
	}

	public ProposalState state() {
		return state;
	}

	/** The working copy as its members last saved it. */
	public ProposalContent content() {
		var byCriterion = new LinkedHashMap<CriterionId, String>();
		answers.stream()
			.sorted(Comparator.comparing(Answer::criterionId))
			.forEach(answer -> byCriterion.put(new CriterionId(answer.criterionId()), answer.text()));
		return new ProposalContent(title, summary, approach, byCriterion, price().orElse(null), vatRate, timelineWeeks,
				timeline, team, declaresEligibility, declaresNoConflictOfInterest, acceptsTerms);
	}

	public Optional<Money> price() {
		return priceAmount == null || priceCurrency == null ? Optional.empty()
				: Optional.of(Money.of(priceAmount, Currency.getInstance(priceCurrency)));
	}

	/** The number of the latest submitted version, 0 before the first submission. */
	public int latestVersion() {
		return latestVersion;
	}

	public Instant createdAt() {
		return createdAt;
	}

	public Instant updatedAt() {
		return updatedAt;
	}

	/** The time of receipt of the latest submitted version. */
	public Optional<Instant> submittedAt() {
		return Optional.ofNullable(submittedAt);
	}

	public Optional<Instant> withdrawnAt() {
		return Optional.ofNullable(withdrawnAt);
	}

	public Optional<ProposalOutcome> outcome() {
		return Optional.ofNullable(outcome);
	}

	public Optional<Instant> outcomeRecordedAt() {
		return Optional.ofNullable(outcomeRecordedAt);
	}

	/**
	 * Takes the content as the new working copy; submitted versions are never touched.
	 */
	void describe(ProposalContent content, Instant now) {
		this.title = content.title();
		this.summary = content.summary();
		this.approach = content.approach();
		this.answers = new HashSet<>();
		content.answers().forEach((criterion, text) -> answers.add(new Answer(criterion.id(), text)));
		this.priceAmount = content.price() == null ? null : content.price().amount();
		this.priceCurrency = content.price() == null ? null : content.price().currency().getCurrencyCode();
		this.vatRate = content.vatRate();
		this.timelineWeeks = content.timelineWeeks();
		this.timeline = content.timeline();
		this.team = content.team();
		this.declaresEligibility = content.declaresEligibility();
		this.declaresNoConflictOfInterest = content.declaresNoConflictOfInterest();
		this.acceptsTerms = content.acceptsTerms();
		this.updatedAt = now;
	}

	/** Records that version {@code number} was received; the latest version counts. */
	void submitted(int number, Instant receivedAt) {
		if (number != latestVersion + 1) {
			throw new IllegalStateException(
					"Proposal " + id + " is at version " + latestVersion + ", not " + (number - 1));
		}
		this.state = ProposalState.SUBMITTED;
		this.latestVersion = number;
		this.submittedAt = receivedAt;
		this.withdrawnAt = null;
	}

	void withdraw(Instant now) {
		if (state != ProposalState.SUBMITTED) {
			throw new IllegalStateException("Proposal " + id + " is " + state + ", not SUBMITTED");
		}
		this.state = ProposalState.WITHDRAWN;
		this.withdrawnAt = now;
	}

	void recordOutcome(ProposalOutcome outcome, Instant now) {
		if (state != ProposalState.SUBMITTED) {
			throw new IllegalStateException("Proposal " + id + " is " + state + ", not SUBMITTED");
		}
		this.outcome = outcome;
		this.outcomeRecordedAt = now;
	}

	/**
	 * The answer to one qualitative criterion of the challenge.
	 */
	@Table("proposal_answer")
	record Answer(UUID criterionId, String text) {
	}

}
