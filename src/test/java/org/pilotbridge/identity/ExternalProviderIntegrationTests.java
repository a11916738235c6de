package org.pilotbridge.identity;

import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import com.nimbusds.jose.JOSEObjectType;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A second, external OpenID Connect provider (mock-oauth2-server, standing in for a
 * national eID broker) added purely with {@code spring.security.oauth2.client.*}
 * properties: people sign in through it and are linked to a local person by issuer and
 * subject.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ExternalProviderIntegrationTests {

	private static final MockOAuth2Server eid = startedProvider();

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@DynamicPropertySource
	static void externalProvider(DynamicPropertyRegistry properties) {
		properties.add("spring.security.oauth2.client.registration.eid.client-id", () -> "pilotbridge-eid");
		properties.add("spring.security.oauth2.client.registration.eid.client-secret", () -> "eid-secret");
		properties.add("spring.security.oauth2.client.registration.eid.client-name", () -> "eID");
		properties.add("spring.security.oauth2.client.registration.eid.scope", () -> "openid,profile,email");
		properties.add("spring.security.oauth2.client.provider.eid.issuer-uri", () -> eid.issuerUrl("eid").toString());
	}

	@AfterAll
	static void stopProvider() {
		eid.shutdown();
	}

	@Test
	void signsInThroughTheExternalProviderAndLinksThePersonByIssuerAndSubject() throws Exception {
		var landing = signIn("eid-subject-4711", "eva.eid@citizen.example", "Eva Eid");

		assertThat(landing).endsWith("/welcome");
		var identities = jdbc.sql("""
				SELECT p.email, p.display_name, i.issuer, i.subject FROM person p
				JOIN person_identity i ON i.person_id = p.id WHERE i.subject = 'eid-subject-4711'
				""").query().listOfRows();
		assertThat(identities).hasSize(1);
		assertThat(identities.get(0)).containsEntry("issuer", eid.issuerUrl("eid").toString())
			.containsEntry("email", "eva.eid@citizen.example")
			.containsEntry("display_name", "Eva Eid");

		signIn("eid-subject-4711", "eva.eid@citizen.example", "Eva Eid");
		assertThat(jdbc.sql("SELECT count(*) FROM person_identity WHERE subject = 'eid-subject-4711'")
			.query(Long.class)
			.single()).as("a second sign-in finds the same person").isEqualTo(1);
	}

	@Test
	void neverLinksByEmailAlone() throws Exception {
		signIn("first-subject", "shared@citizen.example", "First");
		signIn("second-subject", "shared@citizen.example", "Second");

		assertThat(jdbc.sql(
				"SELECT count(DISTINCT person_id) FROM person_identity WHERE subject IN ('first-subject', 'second-subject')")
			.query(Long.class)
			.single()).isEqualTo(2);
	}

	@Test
	void keepsWhatCanBeStoredOfANameTheProviderSends() throws Exception {
		var name = "Zoë\u0000 \u202Eeid\u202C " + "x".repeat(Person.NAME_MAX_LENGTH * 2);

		assertThat(signIn("odd-name-subject", "odd.name@citizen.example", name)).endsWith("/welcome");

		var stored = jdbc.sql("""
				SELECT p.display_name FROM person p JOIN person_identity i ON i.person_id = p.id
				WHERE i.subject = 'odd-name-subject'
				""").query(String.class).single();
		assertThat(stored).startsWith("Zoë \u202Eeid\u202C xxx")
			.doesNotContain("\u0000")
			.hasSize(Person.NAME_MAX_LENGTH);
	}

	@Test
	void provesAnAddressOnlyWhenTheProviderSaysItCheckedIt() throws Exception {
		signIn("vouching-subject", "vera.eid@citizen.example", "Vera Eid");
		assertThat(verified("vouching-subject")).as("no email_verified claim: a claimed address, not a proven one")
			.isFalse();

		signIn("vouching-subject",
				Map.of("email", "vera.eid@citizen.example", "name", "Vera Eid", "email_verified", true));
		assertThat(verified("vouching-subject")).isTrue();

		signIn("vouching-subject",
				Map.of("email", "vera.other@citizen.example", "name", "Vera Eid", "email_verified", false));
		assertThat(verified("vouching-subject")).as("a new address the provider did not check is not proven").isFalse();
	}

	private boolean verified(String subject) {
		return jdbc.sql("""
				SELECT p.email_verified FROM person p JOIN person_identity i ON i.person_id = p.id WHERE i.subject = ?
				""").param(subject).query(Boolean.class).single();
	}

	/**
	 * Follows the sign-in redirects like a browser; returns where the application lands.
	 */
	private String signIn(String subject, String email, String name) throws Exception {
		return signIn(subject, Map.of("email", email, "name", name));
	}

	private String signIn(String subject, Map<String, Object> claims) throws Exception {
		eid.enqueueCallback(new DefaultOAuth2TokenCallback("eid", subject, JOSEObjectType.JWT.getType(),
				List.of("pilotbridge-eid"), claims, 3600));

		var browser = HttpClient.newBuilder()
			.cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
		var location = URI.create("http://localhost:" + port + "/oauth2/authorization/eid");
		for (var hop = 0; hop < 5; hop++) {
			var response = browser.send(HttpRequest.newBuilder(location).GET().build(),
					HttpResponse.BodyHandlers.discarding());
			var next = response.headers().firstValue("Location");
			if (response.statusCode() != 302 || next.isEmpty()) {
				break;
			}
			location = location.resolve(next.get());
			if (location.getPath().equals("/welcome") || location.getPath().equals("/sign-in")) {
				return location.toString().replaceAll("\\?.*", "");
			}
		}
		return location.toString();
	}

	private static MockOAuth2Server startedProvider() {
		var server = new MockOAuth2Server();
		server.start();
		return server;
	}

}
