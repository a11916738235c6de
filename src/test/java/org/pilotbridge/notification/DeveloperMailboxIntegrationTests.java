package org.pilotbridge.notification;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import org.pilotbridge.identity.provider.LocalAccountService;
import org.pilotbridge.security.SecuritySuiteTest;
import org.pilotbridge.shared.Language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * The development mailbox of a demo installation holds everybody's confirmation and
 * password reset links. Someone who reaches the installation from another address, or
 * through a proxy on the same machine (which connects from the loopback address on their
 * behalf), is told there is no mailbox; the person at the machine reads the mail of the
 * account they just registered.
 */
@SecuritySuiteTest
class DeveloperMailboxIntegrationTests {

	@Autowired
	DeveloperMailbox mailbox;

	@Autowired
	LocalAccountService accounts;

	@AfterEach
	void noRequest() {
		RequestContextHolder.resetRequestAttributes();
	}

	@Test
	void showsTheResetLinkOfSomeoneElseToNobodyButThePersonAtTheMachine() {
		var victim = "victim-" + UUID.randomUUID().toString().substring(0, 8) + "@test.example";
		accounts.registerConfirmed("Victor", victim, "a long enough password", Language.ENGLISH);
		accounts.requestPasswordReset(victim, Language.ENGLISH);

		asRequestFrom("127.0.0.1", Map.of());
		await().pollInSameThread()
			.until(() -> mailbox.latest(0, 50).stream().anyMatch(mail -> victim.equals(mail.recipient())));

		asRequestFrom("203.0.113.9", Map.of());
		assertThatThrownBy(() -> mailbox.latest(0, 50)).as("a visitor from elsewhere")
			.isInstanceOf(MailboxNotFound.class);
		asRequestFrom("192.168.1.20", Map.of());
		assertThatThrownBy(() -> mailbox.latest(0, 50)).as("a neighbour on the local network")
			.isInstanceOf(MailboxNotFound.class);
		asRequestFrom("127.0.0.1", Map.of("X-Forwarded-For", "203.0.113.9"));
		assertThatThrownBy(() -> mailbox.latest(0, 50)).as("a visitor relayed by a proxy on this machine")
			.isInstanceOf(MailboxNotFound.class);
		asRequestFrom("127.0.0.1", Map.of("Forwarded", "for=203.0.113.9;proto=https"));
		assertThatThrownBy(() -> mailbox.latest(0, 50)).isInstanceOf(MailboxNotFound.class);
		RequestContextHolder.resetRequestAttributes();
		assertThatThrownBy(() -> mailbox.latest(0, 50)).as("outside any request").isInstanceOf(MailboxNotFound.class);

		asRequestFrom("0:0:0:0:0:0:0:1", Map.of());
		assertThat(mailbox.latest(0, 50)).as("the person at the machine, over IPv6")
			.anyMatch(mail -> victim.equals(mail.recipient()));
	}

	private static void asRequestFrom(String address, Map<String, String> headers) {
		var request = new MockHttpServletRequest("GET", "/dev/mailbox");
		request.setRemoteAddr(address);
		headers.forEach(request::addHeader);
		RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
	}

}
