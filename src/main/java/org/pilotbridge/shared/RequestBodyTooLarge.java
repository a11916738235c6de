package org.pilotbridge.shared;

import java.io.IOException;

/**
 * Thrown by a request's body when whatever reads it goes past the limit of its kind of
 * request: the read stops there, and the request is refused with {@code 413}.
 *
 * @see "Design decision: docs/decisions/DD023-20261207-request-body-bounds.md"
 */
public class RequestBodyTooLarge extends IOException {

	private final long limit;

	public RequestBodyTooLarge(long limit) {
		super("The request body is larger than " + limit + " bytes", null);
		this.limit = limit;
	}

	/** The most bytes the request could carry. */
	public long limit() {
		return limit;
	}

}
