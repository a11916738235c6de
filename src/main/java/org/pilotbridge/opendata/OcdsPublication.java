package org.pilotbridge.opendata;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import org.pilotbridge.audit.AuditRecord;
import org.pilotbridge.challenge.ChallengeAmended;
import org.pilotbridge.challenge.ChallengeAwarded;
import org.pilotbridge.challenge.ChallengeClosed;
import org.pilotbridge.challenge.ChallengeDirectory;
import org.pilotbridge.challenge.ChallengeId;
import org.pilotbridge.challenge.ChallengeNotAwarded;
import org.pilotbridge.challenge.ChallengePublished;
import org.pilotbridge.challenge.ChallengeQuery;
import org.pilotbridge.challenge.ChallengeSummary;
import org.pilotbridge.challenge.ChallengeWithdrawn;
import org.pilotbridge.challenge.EvaluationStarted;
import org.pilotbridge.challenge.PublicChallenge;
import org.pilotbridge.evaluation.awards.AwardDecision;
import org.pilotbridge.evaluation.awards.AwardDetails;
import org.pilotbridge.identity.OrganisationDirectory;
import org.pilotbridge.identity.OrganisationSummary;
import org.pilotbridge.pilot.PilotCompleted;
import org.pilotbridge.pilot.PilotDirectory;
import org.pilotbridge.pilot.PilotEvent;
import org.pilotbridge.pilot.PilotMilestoneChanged;
import org.pilotbridge.pilot.PilotPlanned;
import org.pilotbridge.pilot.PilotScheduled;
import org.pilotbridge.pilot.PilotStarted;
import org.pilotbridge.pilot.PilotStopped;

/**
 * Publishes an OCDS release for each public step of a challenge, after the step has
 * committed, through the event publication registry. The release is dated by the event
 * and describes the challenge as its public page shows it. A replayed event publishes
 * nothing more: each release remembers the audit record of its event. Each change of a
 * pilot that matters to its contract publishes a release with the award and every pilot
 * of the challenge as contracts. An amendment that extends the deadline publishes one
 * release ({@link ChallengeAmended}); {@code DeadlineExtended} adds nothing to it.
 */
@Component
class OcdsPublication {

	private static final Logger log = LoggerFactory.getLogger(OcdsPublication.class);

	private final ChallengeQuery challenges;

	private final ChallengeDirectory directory;

	private final OrganisationDirectory organisations;

	private final AwardDetails awardDetails;

	private final PilotDirectory pilots;

	private final ReleaseBuilder builder;

	private final OcdsReleases releases;

	OcdsPublication(ChallengeQuery challenges, ChallengeDirectory directory, OrganisationDirectory organisations,
			AwardDetails awardDetails, PilotDirectory pilots, ReleaseBuilder builder, OcdsReleases releases) {
		this.challenges = challenges;
		this.directory = directory;
		this.organisations = organisations;
		this.awardDetails = awardDetails;
		this.pilots = pilots;
		this.builder = builder;
		this.releases = releases;
	}

	@ApplicationModuleListener
	void on(ChallengePublished event) {
		tender(ReleaseStage.TENDER, event.reference(), event.auditRecord());
	}

	@ApplicationModuleListener
	void on(ChallengeAmended event) {
		tender(ReleaseStage.AMENDMENT, event.reference(), event.auditRecord());
	}

	@ApplicationModuleListener
	void on(ChallengeWithdrawn event) {
		tender(ReleaseStage.CANCELLATION, event.reference(), event.auditRecord());
	}

	@ApplicationModuleListener
	void on(ChallengeClosed event) {
		tender(ReleaseStage.CLOSE, event.reference(), event.auditRecord());
	}

	@ApplicationModuleListener
	void on(EvaluationStarted event) {
		tender(ReleaseStage.EVALUATION, event.reference(), event.auditRecord());
	}

	@ApplicationModuleListener
	void on(ChallengeAwarded event) {
		var challenge = publicChallenge(event.reference());
		var date = event.auditRecord().occurredAt();
		var decision = decision(event.challenge());
		var release = builder.award(date, challenge, agency(challenge), decision, submitted(event.challenge()),
				organisations::organisation);
		add(release, event.auditRecord(), ReleaseBuilder.standstillEnd(decision, date).orElse(null));
	}

	@ApplicationModuleListener
	void on(ChallengeNotAwarded event) {
		var challenge = publicChallenge(event.reference());
		var release = builder.noAward(event.auditRecord().occurredAt(), challenge, agency(challenge),
				decision(event.challenge()), submitted(event.challenge()));
		add(release, event.auditRecord(), null);
	}

	@ApplicationModuleListener
	void on(PilotPlanned event) {
		contracts(ReleaseStage.CONTRACT, event);
	}

	@ApplicationModuleListener
	void on(PilotScheduled event) {
		contracts(ReleaseStage.CONTRACT_UPDATE, event);
	}

	@ApplicationModuleListener
	void on(PilotStarted event) {
		contracts(ReleaseStage.IMPLEMENTATION, event);
	}

	@ApplicationModuleListener
	void on(PilotMilestoneChanged event) {
		contracts(ReleaseStage.IMPLEMENTATION_UPDATE, event);
	}

	@ApplicationModuleListener
	void on(PilotCompleted event) {
		contracts(ReleaseStage.CONTRACT_TERMINATION, event);
	}

	@ApplicationModuleListener
	void on(PilotStopped event) {
		contracts(ReleaseStage.CONTRACT_TERMINATION, event);
	}

	/**
	 * A release with the award and every pilot of the challenge as it stands when the
	 * listener runs.
	 */
	private void contracts(ReleaseStage stage, PilotEvent event) {
		var summary = directory.challenge(event.challenge())
			.orElseThrow(() -> new IllegalStateException("No challenge " + event.challenge()));
		var challenge = publicChallenge(Objects.requireNonNull(summary.reference()));
		var release = builder.contracts(stage, event.auditRecord().occurredAt(), challenge, agency(challenge),
				decision(event.challenge()), summary.submittedCount(), organisations::organisation,
				pilots.contracts(event.challenge()));
		add(release, event.auditRecord(), null);
	}

	private void tender(ReleaseStage stage, String reference, AuditRecord record) {
		var challenge = publicChallenge(reference);
		add(builder.tender(stage, record.occurredAt(), challenge, agency(challenge)), record, null);
	}

	private void add(Ocds.Release release, AuditRecord record, @Nullable Instant standstillEndsAt) {
		releases.add(release, record.id(), standstillEndsAt)
			.ifPresent(published -> log.debug("Published OCDS release {} ({})", published.id(), published.tag()));
	}

	private PublicChallenge publicChallenge(String reference) {
		return challenges.byReference(reference)
			.orElseThrow(() -> new IllegalStateException("No public challenge " + reference));
	}

	private OrganisationSummary agency(PublicChallenge challenge) {
		return organisations.organisation(challenge.agency())
			.orElseThrow(() -> new IllegalStateException("No agency " + challenge.agency()));
	}

	private Optional<AwardDecision> decision(ChallengeId challenge) {
		return awardDetails.decision(challenge);
	}

	/**
	 * How many proposals were submitted: public once the evaluation has ended, like in an
	 * award notice.
	 */
	private int submitted(ChallengeId challenge) {
		return directory.challenge(challenge).map(ChallengeSummary::submittedCount).orElse(0);
	}

}
