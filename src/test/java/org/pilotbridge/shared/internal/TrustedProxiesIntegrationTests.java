package org.pilotbridge.shared.internal;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.pilotbridge.PilotbridgeApplication;
import org.pilotbridge.audit.AuditEntry;
import org.pilotbridge.audit.AuditTrail;
import org.pilotbridge.identity.provider.LocalAccountService;
import org.pilotbridge.shared.Language;
import org.pilotbridge.test.HttpVisitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A client on the application's own network (here: the loopback network, which Tomcat
 * trusted by default like every private one) sends {@code X-Forwarded-For} to choose the
 * address that the throttles, the public data's rate limit and the audit trail see. Out
 * of the box no proxy is trusted and the header is ignored; it counts only from a proxy
 * named in {@code pilotbridge.web.trusted-proxies}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "pilotbridge.opendata.rate-limit.requests=100")
class TrustedProxiesIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	LocalAccountService accounts;

	@Autowired
	AuditTrail auditTrail;

	@Autowired
	JdbcClient jdbc;

	@Test
	void ignoresAForgedClientAddressUnlessTheProxyIsConfigured() {
		var forger = new HttpVisitor("127.0.0.9", port);
		assertThat(remainingAfterCallAs(forger, "203.0.113.1") - remainingAfterCallAs(forger, "203.0.113.2"))
			.as("both calls count against the connection's own address")
			.isEqualTo(1);
		assertThat(addressAuditedForResetRequestedAs(forger, "203.0.113.3")).isEqualTo("127.0.0.9");

		var database = jdbc.sql("SELECT current_database()").query(String.class).single();
		try (var behindProxy = new SpringApplicationBuilder(PilotbridgeApplication.class).run(
				"--pilotbridge.embedded-database.database-name=" + database, "--server.port=0",
				"--pilotbridge.scheduling.enabled=false", "--pilotbridge.opendata.rate-limit.requests=100",
				"--pilotbridge.web.trusted-proxies=127.0.0.9, 10.1.2.0/24")) {
			var proxiedPort = Integer.parseInt(behindProxy.getEnvironment().getProperty("local.server.port"));
			var proxy = new HttpVisitor("127.0.0.9", proxiedPort);
			assertThat(remainingAfterCallAs(proxy, "203.0.113.1"))
				.as("each client behind the trusted proxy has a share of its own")
				.isEqualTo(remainingAfterCallAs(proxy, "203.0.113.2"));
			assertThat(addressAuditedForResetRequestedAs(proxy, "203.0.113.4")).isEqualTo("203.0.113.4");

			var stranger = new HttpVisitor("127.0.0.10", proxiedPort);
			assertThat(addressAuditedForResetRequestedAs(stranger, "203.0.113.5"))
				.as("another address on the same network is no proxy")
				.isEqualTo("127.0.0.10");
		}
	}

	private static int remainingAfterCallAs(HttpVisitor client, String forgedAddress) {
		var response = client.get("/api/challenges", Map.of("X-Forwarded-For", forgedAddress));
		assertThat(response.statusCode()).isEqualTo(200);
		return Integer.parseInt(response.headers().firstValue("X-RateLimit-Remaining").orElseThrow());
	}

	private String addressAuditedForResetRequestedAs(HttpVisitor client, String forgedAddress) {
		var email = "proxied-" + UUID.randomUUID().toString().substring(0, 8) + "@test.example";
		var account = accounts.registerConfirmed("Proxied Person", email, "a long enough password", Language.ENGLISH);
		var response = client.post("/account/forgot-password", Map.of("email", email),
				Map.of("X-Forwarded-For", forgedAddress));
		assertThat(response.statusCode()).isEqualTo(302);
		return await().until(() -> auditTrail.entriesOf("account", account)
			.stream()
			.filter(entry -> entry.action().equals("account.password-reset-requested"))
			.map(AuditEntry::ipAddress)
			.findFirst()
			.orElse(null), address -> address != null);
	}

}
