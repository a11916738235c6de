package org.pilotbridge.shared;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;

class LocalRequestsTests {

	@Test
	void acceptsOnlyLoopbackAddressesWithoutLookingUpNames() {
		assertThat(LocalRequests.isLoopback("127.0.0.1")).isTrue();
		assertThat(LocalRequests.isLoopback("127.0.0.7")).isTrue();
		assertThat(LocalRequests.isLoopback("0:0:0:0:0:0:0:1")).isTrue();
		assertThat(LocalRequests.isLoopback("::1")).isTrue();
		assertThat(LocalRequests.isLoopback("10.0.0.1")).isFalse();
		assertThat(LocalRequests.isLoopback("192.168.1.20")).isFalse();
		assertThat(LocalRequests.isLoopback("203.0.113.9")).isFalse();
		assertThat(LocalRequests.isLoopback("localhost")).as("a name, not an address").isFalse();
		assertThat(LocalRequests.isLoopback(null)).isFalse();
	}

	@Test
	void refusesARequestAProxyOnThisMachineRelaysWhateverHeaderItAdds() {
		for (var header : new String[] { "Forwarded", "X-Forwarded-For", "x-forwarded-host", "X-Forwarded-Proto",
				"X-Real-IP", "Via" }) {
			var relayed = new MockHttpServletRequest();
			relayed.setRemoteAddr("127.0.0.1");
			relayed.addHeader(header, "203.0.113.9");
			assertThat(LocalRequests.isDirectFromThisMachine(relayed)).as(header).isFalse();
		}
		var direct = new MockHttpServletRequest();
		direct.setRemoteAddr("127.0.0.1");
		direct.addHeader("Accept-Language", "fr");
		assertThat(LocalRequests.isDirectFromThisMachine(direct)).isTrue();
		var remote = new MockHttpServletRequest();
		remote.setRemoteAddr("198.51.100.4");
		assertThat(LocalRequests.isDirectFromThisMachine(remote)).isFalse();
	}

}
