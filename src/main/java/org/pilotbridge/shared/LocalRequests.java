package org.pilotbridge.shared;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Tells whether a request comes straight from this very machine: from a loopback address,
 * and without any header a proxy adds ({@code Forwarded}, {@code X-Forwarded-*},
 * {@code X-Real-IP}, {@code Via}). A proxy on the same machine connects from the loopback
 * address too, on behalf of anyone; the headers it adds give it away. What only the
 * person at the machine may see (the development mailbox) is served on this condition.
 */
public final class LocalRequests {

	private static final Pattern ADDRESS_LITERAL = Pattern.compile("[0-9a-fA-F:.]+");

	private LocalRequests() {
	}

	/** Whether the request comes from a loopback address and through no proxy. */
	public static boolean isDirectFromThisMachine(@Nullable HttpServletRequest request) {
		if (request == null || !isLoopback(request.getRemoteAddr())) {
			return false;
		}
		var names = request.getHeaderNames();
		while (names != null && names.hasMoreElements()) {
			var name = names.nextElement().toLowerCase(Locale.ROOT);
			if (name.equals("forwarded") || name.startsWith("x-forwarded-") || name.equals("x-real-ip")
					|| name.equals("via")) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Whether the request this thread serves, if any, comes straight from this very
	 * machine.
	 */
	public static boolean currentIsDirectFromThisMachine() {
		return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
				&& isDirectFromThisMachine(attributes.getRequest());
	}

	/**
	 * Whether the address is a loopback address ({@code 127.0.0.0/8}, {@code ::1}); never
	 * looks a name up.
	 */
	static boolean isLoopback(@Nullable String address) {
		if (address == null || !ADDRESS_LITERAL.matcher(address).matches()) {
			return false;
		}
		try {
			return InetAddress.getByName(address).isLoopbackAddress();
		}
		catch (UnknownHostException | SecurityException notAnAddress) {
			return false;
		}
	}

}
