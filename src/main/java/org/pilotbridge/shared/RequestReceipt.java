package org.pilotbridge.shared;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The time of receipt of the request being served: when the complete request reached the
 * server, read from the application clock by {@link ArrivalStampFilter}, the first filter
 * of every request (before Spring Security, before Vaadin's session lock, before any
 * queue of the application). A request without a body is received when it arrives; one
 * with a body once its last byte has been read, however late its sender sends it. Nothing
 * the client sends (a header, a parameter, a time in the body) counts.
 * <p>
 * Outside a request (a job, the demo's seeding, a test calling a service), what a service
 * does within {@link #receiving} is received when that began, and anything else when
 * asked. For a body the application has not read to its end itself (a form or multipart
 * body the container parses), the time of receipt is the clock's time when asked, which
 * is never earlier than the truth.
 * <p>
 * Times are truncated to microseconds, what PostgreSQL keeps.
 *
 * @see "Design decision: docs/decisions/DD020-20261207-time-of-receipt.md"
 */
@Component
public class RequestReceipt {

	/** The request attribute holding the stamp of the request's arrival. */
	static final String ATTRIBUTE = RequestReceipt.class.getName();

	private final ThreadLocal<Instant> calledAt = new ThreadLocal<>();

	private final Clock clock;

	RequestReceipt(Clock clock) {
		this.clock = clock;
	}

	/**
	 * When the request being served was received, or the clock's time outside a request.
	 */
	public Instant receivedAt() {
		var request = RequestContextHolder.getRequestAttributes();
		if (request != null
				&& request.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST) instanceof ArrivalStamp stamp) {
			return stamp.receivedAt(clock);
		}
		var called = calledAt.get();
		return called != null ? called : now(clock);
	}

	/**
	 * Runs work that a request or a caller hands to the application: within a request
	 * nothing changes; outside one, the work is received now, when it is handed over,
	 * before it queues for anything.
	 */
	public <T> T receiving(Supplier<T> work) {
		if (RequestContextHolder.getRequestAttributes() != null || calledAt.get() != null) {
			return work.get();
		}
		calledAt.set(now(clock));
		try {
			return work.get();
		}
		finally {
			calledAt.remove();
		}
	}

	static Instant now(Clock clock) {
		return clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

}
