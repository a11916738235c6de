package org.pilotbridge.shared.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How many sessions a node keeps and for how long (see docs/operations.md).
 *
 * @param maxSessions the most live sessions on this node; a visitor who would need a new
 * one beyond it is asked to come back later ({@code 503}); {@code 0} means as many as
 * half the heap holds at {@value SessionLimit#BYTES_PER_SESSION} bytes each
 * @param anonymousSessionTimeout how long the session of a visitor who has not signed in
 * (and is not signing in) lives without a request; signed-in sessions keep
 * {@code server.servlet.session.timeout}
 * @param busyRetryAfter when a refused visitor is told to try again ({@code Retry-After})
 */
@ConfigurationProperties("pilotbridge.web")
record SessionSettings(@DefaultValue("0") int maxSessions, @DefaultValue("PT5M") Duration anonymousSessionTimeout,
		@DefaultValue("PT30S") Duration busyRetryAfter) {
}
