package org.pilotbridge.consultation;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.pilotbridge.challenge.ChallengeId;
import org.pilotbridge.identity.OrganisationId;

/**
 * A consultation as its agency's managers run it.
 *
 * @param answerCount the number of answers, {@code null} while open
 * @param challenge the draft challenge it was turned into, if any
 */
public record ManagedConsultation(ConsultationId id, String reference, OrganisationId agency, String title,
		String problem, List<String> questions, List<String> cpvCodes, Instant publishedAt, Instant closesAt,
		ZoneId timeZone, boolean open, @Nullable Integer answerCount, @Nullable ChallengeId challenge) {
}
