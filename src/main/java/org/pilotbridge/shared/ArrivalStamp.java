package org.pilotbridge.shared;

import java.time.Clock;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * When a request arrived and, if it has a body, when the application read the body's last
 * byte.
 */
final class ArrivalStamp {

	private final Instant arrived;

	private final boolean hasBody;

	private volatile @Nullable Instant bodyRead;

	ArrivalStamp(Instant arrived, boolean hasBody) {
		this.arrived = arrived;
		this.hasBody = hasBody;
	}

	/**
	 * When the complete request was received: its arrival without a body, the moment its
	 * body was read to the end, or now while that has not been seen.
	 */
	Instant receivedAt(Clock clock) {
		if (!hasBody) {
			return arrived;
		}
		var read = bodyRead;
		return read != null ? read : RequestReceipt.now(clock);
	}

	/** Notes the end of the body; the first end seen counts. */
	void bodyEnded(Clock clock) {
		if (bodyRead == null) {
			bodyRead = RequestReceipt.now(clock);
		}
	}

}
