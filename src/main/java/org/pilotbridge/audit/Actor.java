package org.pilotbridge.audit;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Who did something, for whom, and from where.
 *
 * @param id {@code person:<uuid>}, {@code anonymous} or {@code system}
 * @param organisationId the organisation the person acted for, if any
 * @param ipAddress the client address as seen behind the load balancer, if the action
 * came from a request
 */
public record Actor(String id, @Nullable String organisationId, @Nullable String ipAddress) {

	public static final Actor SYSTEM = new Actor("system", null, null);

	public static Actor anonymous(@Nullable String ipAddress) {
		return new Actor("anonymous", null, ipAddress);
	}

	public static Actor person(UUID personId, @Nullable UUID organisationId, @Nullable String ipAddress) {
		return new Actor("person:" + personId, organisationId == null ? null : organisationId.toString(), ipAddress);
	}

}
