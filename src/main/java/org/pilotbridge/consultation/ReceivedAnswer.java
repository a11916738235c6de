package org.pilotbridge.consultation;

import java.time.Instant;
import java.util.List;

import org.pilotbridge.identity.OrganisationId;

/**
 * A company's answer as the agency reads it after the close.
 *
 * @param answers one text per question, in order
 * @param mayPublish whether the company agreed that the public see it
 */
public record ReceivedAnswer(OrganisationId company, String companyName, String answeredBy, List<String> answers,
		boolean mayPublish, Instant answeredAt, Instant updatedAt) {
}
