package org.pilotbridge.challenge;

import java.util.List;

import org.pilotbridge.identity.OrganisationId;
import org.pilotbridge.shared.InvalidInput;

/**
 * Thrown when an agency that a platform administrator has not verified tries to publish.
 */
public class AgencyNotVerified extends InvalidInput {

	public static final String MESSAGE_KEY = "challenge.publish.agency-not-verified";

	public AgencyNotVerified(OrganisationId agency) {
		super(List.of(new FieldProblem("agency", MESSAGE_KEY, List.of())));
	}

}
