package org.pilotbridge.identity.provider;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

import org.pilotbridge.shared.Language;
import org.pilotbridge.test.RawHttp;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Attacks on the addresses the sign-in sends a browser to. A client that names another
 * host in its {@code Host} header (as a poisoned cache or a misconfigured proxy would
 * pass on) must not change the provider's issuer, the address the sign-in starts at or
 * comes back to, or where a person lands after signing in: all of them are the configured
 * public address (here the default, {@code http://localhost:<port>}). A sign-in link with
 * a redirect address nobody registered gets a translated page with status 400, not a 500
 * and a stack trace.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class ForgedHostIntegrationTests {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private static final String PASSWORD = "a long enough password";

	@LocalServerPort
	int port;

	@Autowired
	LocalAccountService accounts;

	@Test
	void keepsTheIssuerAndEverySignInRedirectAtThePublicAddressWhateverHostIsNamed() {
		var publicAddress = "http://localhost:" + port;
		var email = signsInAsSomeone();
		var attacker = new RawHttp(port, "evil.example");

		var discovery = attacker.get("/.well-known/openid-configuration", Map.of());
		assertThat(discovery.status()).isEqualTo(200);
		assertThat(discovery.body()).contains("\"issuer\":\"" + publicAddress + "\"").doesNotContain("evil");

		var receipt = "/proposals/" + UUID.randomUUID() + "/versions/1/receipt";
		var protectedPage = attacker.get(receipt, Map.of());
		assertThat(protectedPage.status()).isEqualTo(302);
		assertThat(protectedPage.header("Location"))
			.hasValueSatisfying(location -> assertThat(location).doesNotContain("evil"));

		var start = attacker.get("/oauth2/authorization/pilotbridge", Map.of());
		var authorize = start.header("Location").orElseThrow();
		assertThat(authorize).as("the authorize redirect")
			.contains("redirect_uri=" + publicAddress + "/login/oauth2/code/pilotbridge")
			.doesNotContain("evil");

		var toLogin = attacker.get(path(authorize), Map.of());
		assertThat(toLogin.header("Location"))
			.hasValueSatisfying(location -> assertThat(location).doesNotContain("evil"));
		var loginPage = attacker.get("/account/login", Map.of());
		var csrf = CSRF.matcher(loginPage.body());
		assertThat(csrf.find()).isTrue();
		var signedIn = attacker.postForm("/account/login",
				"email=" + enc(email) + "&password=" + enc(PASSWORD) + "&_csrf=" + enc(csrf.group(1)), Map.of());
		var backToAuthorize = signedIn.header("Location").orElseThrow();
		assertThat(backToAuthorize).as("back from the provider's sign-in")
			.doesNotContain("evil")
			.contains("/oauth2/authorize");

		var code = attacker.get(path(backToAuthorize), Map.of()).header("Location").orElseThrow();
		assertThat(code).as("the code goes to the public address")
			.startsWith(publicAddress + "/login/oauth2/code/pilotbridge?");

		var landing = attacker.get(path(code), Map.of());
		assertThat(landing.status()).isEqualTo(302);
		assertThat(landing.header("Location")).as("after sign-in, back to the page asked for, at the public address")
			.hasValueSatisfying(location -> assertThat(location).doesNotContain("evil").contains(receipt));
	}

	@Test
	void answersASignInLinkWithAnUnregisteredRedirectAddressWithATranslatedPage(CapturedOutput output) {
		var email = signsInAsSomeone();
		var visitor = new RawHttp(port, "localhost:" + port);
		var loginPage = visitor.get("/account/login", Map.of());
		var csrf = CSRF.matcher(loginPage.body());
		assertThat(csrf.find()).isTrue();
		visitor.postForm("/account/login",
				"email=" + enc(email) + "&password=" + enc(PASSWORD) + "&_csrf=" + enc(csrf.group(1)), Map.of());

		var forged = "/oauth2/authorize?response_type=code&client_id=pilotbridge-app&scope=openid&state=s"
				+ "&code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM&code_challenge_method=S256&redirect_uri="
				+ enc("https://evil.example/login/oauth2/code/pilotbridge");
		var refused = visitor.get(forged, Map.of("Accept-Language", "fr"));

		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.header("Location")).as("nobody is sent to the forged address").isEmpty();
		assertThat(refused.body()).contains("Ce lien de connexion ne fonctionne pas");
		var anonymous = new RawHttp(port, "localhost:" + port).get(forged, Map.of());
		assertThat(anonymous.status()).as("someone not signed in").isIn(302, 400);
		assertThat(anonymous.header("Location").orElse("")).doesNotContain("evil");
		assertThat(output.getAll()).doesNotContain("ClassCastException").doesNotContain(" ERROR ");
	}

	private String signsInAsSomeone() {
		var email = "host-" + UUID.randomUUID().toString().substring(0, 8) + "@test.example";
		accounts.registerConfirmed("Hosted Person", email, PASSWORD, Language.ENGLISH);
		return email;
	}

	private static String path(String location) {
		return location.replaceFirst("^https?://[^/]+", "");
	}

	private static String enc(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
