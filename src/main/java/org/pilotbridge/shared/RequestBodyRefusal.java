package org.pilotbridge.shared;

/**
 * How the server refuses a request whose body is over a limit, for the code that reads
 * the body and finds a tighter limit of its own (an upload of a picture, at most 5 MB):
 * it answers {@code 413} with the same translated explanation as for every other body
 * over its limit, naming the tighter limit. The server in front of everything puts one in
 * each request with a body, as the attribute {@link #ATTRIBUTE}.
 *
 * @see "Design decision: docs/decisions/DD023-20261207-request-body-bounds.md"
 */
@FunctionalInterface
public interface RequestBodyRefusal {

	String ATTRIBUTE = RequestBodyRefusal.class.getName();

	/**
	 * Answers {@code 413} naming the limit in bytes, unless the response has begun
	 * already.
	 */
	void tooLarge(long limit);

}
