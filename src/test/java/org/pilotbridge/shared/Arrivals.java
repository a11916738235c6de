package org.pilotbridge.shared;

import java.io.IOException;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Requests reaching the application through its first filter, {@link ArrivalStampFilter},
 * for tests of the time of receipt: the work runs inside the filter chain, bound to the
 * request as Spring binds every request it serves, and may read the request's body.
 */
public final class Arrivals {

	private Arrivals() {
	}

	/** Work done while serving a request. */
	@FunctionalInterface
	public interface Work<T> {

		T serve(HttpServletRequest request) throws Exception;

	}

	/** A request arriving now (on the clock) and served by the work. */
	public static <T> T arrive(Clock clock, MockHttpServletRequest request, Work<T> work) {
		var result = new AtomicReference<T>();
		try {
			new ArrivalStampFilter(clock).doFilter(request, new MockHttpServletResponse(), (served, response) -> {
				var http = (HttpServletRequest) served;
				RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(http));
				try {
					result.set(work.serve(http));
				}
				catch (RuntimeException | IOException | ServletException e) {
					throw e;
				}
				catch (Exception e) {
					throw new ServletException(e);
				}
				finally {
					RequestContextHolder.resetRequestAttributes();
				}
			});
		}
		catch (IOException | ServletException e) {
			throw new IllegalStateException(e);
		}
		return result.get();
	}

	/** A request without a body arriving now, served by the work. */
	public static <T> T arrive(Clock clock, Work<T> work) {
		return arrive(clock, new MockHttpServletRequest("POST", "/"), work);
	}

}
