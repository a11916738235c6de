package org.pilotbridge.identity.provider;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.pilotbridge.PilotbridgeApplication;
import org.pilotbridge.shared.Language;
import org.pilotbridge.test.HttpVisitor;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A client spreads its guesses and its reset requests over the nodes behind a load
 * balancer, hoping that each counts only what it sees. Two nodes on one database together
 * allow exactly the limit of one. (The public data's rate limit stays per node, so that
 * no anonymous read writes to the database.)
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"pilotbridge.identity.provider.throttle.guesses=4", "pilotbridge.identity.provider.throttle.mails=2" })
class ThrottlingAcrossNodesIntegrationTests {

	private static final String PASSWORD = "a long enough password";

	@LocalServerPort
	int port;

	@Autowired
	LocalAccountService accounts;

	@Autowired
	JdbcClient jdbc;

	@Test
	void twoNodesTogetherAllowExactlyTheLimitOfOne() {
		var email = "spread-" + UUID.randomUUID().toString().substring(0, 8) + "@test.example";
		accounts.registerConfirmed("Spread", email, PASSWORD, Language.ENGLISH);
		var database = jdbc.sql("SELECT current_database()").query(String.class).single();
		try (var otherNode = new SpringApplicationBuilder(PilotbridgeApplication.class).run(
				"--pilotbridge.embedded-database.database-name=" + database, "--server.port=0",
				"--pilotbridge.scheduling.enabled=false", "--pilotbridge.identity.provider.throttle.guesses=4",
				"--pilotbridge.identity.provider.throttle.mails=2")) {
			var otherPort = Integer.parseInt(otherNode.getEnvironment().getProperty("local.server.port"));
			var here = new HttpVisitor("127.0.0.13", port);
			var there = new HttpVisitor("127.0.0.13", otherPort);

			for (int i = 1; i <= 4; i++) {
				var node = i % 2 == 0 ? there : here;
				assertThat(node.post("/account/login",
						Map.of("email", "someone-" + i + "@test.example", "password", "wrong password " + i), Map.of())
					.statusCode()).as("guess %d", i).isEqualTo(302);
			}
			assertThat(here.post("/account/login", Map.of("email", email, "password", PASSWORD), Map.of()).statusCode())
				.as("the fifth guess, on the first node")
				.isEqualTo(429);
			assertThat(
					there.post("/account/login", Map.of("email", email, "password", PASSWORD), Map.of()).statusCode())
				.as("the fifth guess, on the second node")
				.isEqualTo(429);

			assertThat(here.post("/account/forgot-password", Map.of("email", email), Map.of()).statusCode())
				.isEqualTo(302);
			assertThat(there.post("/account/forgot-password", Map.of("email", email), Map.of()).statusCode())
				.isEqualTo(302);
			assertThat(here.post("/account/forgot-password", Map.of("email", email), Map.of()).statusCode())
				.as("the third mail, on the first node")
				.isEqualTo(429);
			assertThat(there.post("/account/forgot-password", Map.of("email", email), Map.of()).statusCode())
				.as("the third mail, on the second node")
				.isEqualTo(429);
			assertThat(resetLinks(email)).as("two mails sent in all").isEqualTo(2);
		}
	}

	private long resetLinks(String email) {
		return jdbc.sql("""
				SELECT count(*) FROM account_token t JOIN local_account a ON a.id = t.account_id
				WHERE a.email = ? AND t.purpose = 'RESET_PASSWORD'
				""").param(email).query(Long.class).single();
	}

}
