package org.pilotbridge.shared.internal;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import java.util.regex.Pattern;

import org.apache.catalina.Context;
import org.apache.catalina.session.ManagerBase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.servlet.context.ServletWebServerApplicationContext;

import org.pilotbridge.identity.provider.LocalAccountService;
import org.pilotbridge.identity.provider.LocalClient;
import org.pilotbridge.shared.Language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A flood of new visitors against a node that may hold three sessions: the next new
 * visitor is told, in their language, that the site is busy and when to come back
 * ({@code 503}, {@code Retry-After}), and gets no session; what needs no session is still
 * served; a person signed in before, and the visitors already in, carry on. Sessions of
 * visitors who have not signed in expire after the short anonymous timeout (one second
 * here), the signed-in one keeps its 30 minutes, and new visitors are let in again.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "pilotbridge.web.max-sessions=3", "pilotbridge.web.anonymous-session-timeout=PT1S",
				"pilotbridge.web.busy-retry-after=PT20S" })
class SessionLimitIntegrationTests {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private static final String PASSWORD = "a long enough password";

	/** A Vaadin page of the workspace, which needs a session. */
	private static final String WORKSPACE_PAGE = "/invitations/no-such-invitation";

	@LocalServerPort
	int port;

	@Autowired
	LocalAccountService accounts;

	@Autowired
	SessionLimit limit;

	@Autowired
	ServletWebServerApplicationContext context;

	@Test
	void aNewVisitorBeyondTheCapIsAskedToComeBackWhileEveryoneInCarriesOnUntilAnonymousSessionsExpire()
			throws Exception {
		var person = new Visitor("en");
		person.signIn();
		var first = new Visitor("en");
		var second = new Visitor("nl");
		assertThat(first.get(WORKSPACE_PAGE).statusCode()).isEqualTo(200);
		assertThat(second.get(WORKSPACE_PAGE).statusCode()).isEqualTo(200);
		assertThat(limit.live()).isEqualTo(3);

		var late = new Visitor("fr-BE,fr;q=0.9,en;q=0.5");
		var refused = late.get(WORKSPACE_PAGE);
		assertThat(refused.statusCode()).isEqualTo(503);
		assertThat(refused.headers().firstValue("Retry-After")).hasValue("20");
		assertThat(refused.headers().firstValue("Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
		assertThat(refused.headers().allValues("Set-Cookie")).isEmpty();
		assertThat(refused.body()).contains("<html lang=\"fr\">", "Pilotbridge est très sollicité en ce moment",
				"Veuillez réessayer dans une minute");
		var unknown = late.get("/de/no-such-page");
		assertThat(unknown.statusCode()).as("an unknown address is not found, busy or not").isEqualTo(404);
		assertThat(unknown.headers().allValues("Set-Cookie")).isEmpty();
		assertThat(limit.live()).as("nothing was created for the refused visitor").isEqualTo(3);

		assertThat(late.get("/api/challenges").statusCode()).as("the open data needs no session").isEqualTo(200);
		assertThat(late.get("/cards/challenges/CH-1999-0001.png").statusCode()).as("nor do preview pictures")
			.isEqualTo(404);
		assertThat(late.get("/actuator/health/liveness").statusCode()).isEqualTo(200);
		assertThat(limit.live()).isEqualTo(3);

		assertThat(person.get("/welcome").statusCode()).as("signed in before the flood").isEqualTo(200);
		assertThat(first.get(WORKSPACE_PAGE).statusCode()).as("in before the flood").isEqualTo(200);
		assertThat(tomcatSession(person).getMaxInactiveInterval()).as("signed in: 30 minutes").isEqualTo(1800);
		assertThat(tomcatSession(first).getMaxInactiveInterval()).as("anonymous: the short timeout").isEqualTo(1);

		var newcomer = new Visitor("en");
		await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() -> {
			manager().processExpires();
			return newcomer.get(WORKSPACE_PAGE).statusCode() == 200;
		});
		assertThat(newcomer.cookie("JSESSIONID")).as("a session, now that there is room").isNotNull();
		assertThat(person.get("/welcome").statusCode()).as("still signed in").isEqualTo(200);
	}

	private ManagerBase manager() {
		var tomcat = ((TomcatWebServer) context.getWebServer()).getTomcat();
		return (ManagerBase) ((Context) tomcat.getHost().findChildren()[0]).getManager();
	}

	private org.apache.catalina.Session tomcatSession(Visitor visitor) throws IOException {
		var id = visitor.cookie("JSESSIONID");
		assertThat(id).isNotNull();
		var session = manager().findSession(id.getValue());
		assertThat(session).isNotNull();
		return session;
	}

	/**
	 * One browser without script: its own cookies, its preferred languages, redirects
	 * followed. It uses {@code localhost}, the address the built-in provider names as its
	 * issuer when no public address is set, so that the whole sign-in keeps one session.
	 */
	private final class Visitor {

		private final CookieManager cookies = new CookieManager();

		private final HttpClient http;

		private final String languages;

		Visitor(String languages) {
			this.languages = languages;
			this.http = HttpClient.newBuilder()
				.cookieHandler(cookies)
				.followRedirects(HttpClient.Redirect.NORMAL)
				.build();
		}

		HttpResponse<String> get(String path) throws IOException, InterruptedException {
			return http.send(HttpRequest.newBuilder(uri(path)).header("Accept-Language", languages).GET().build(),
					HttpResponse.BodyHandlers.ofString());
		}

		/**
		 * Signs in at the built-in provider, as someone following the sign-in link does.
		 */
		void signIn() throws IOException, InterruptedException {
			var email = "session-" + UUID.randomUUID().toString().substring(0, 8) + "@test.example";
			accounts.registerConfirmed("Sam", email, PASSWORD, Language.ENGLISH);
			var login = get("/oauth2/authorization/" + LocalClient.REGISTRATION_ID);
			var csrf = CSRF.matcher(login.body());
			assertThat(csrf.find()).as("the sign-in form: %s", login.uri()).isTrue();
			var form = "email=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password="
					+ URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8) + "&_csrf="
					+ URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
			var signedIn = http.send(HttpRequest.newBuilder(login.uri())
				.header("Content-Type", "application/x-www-form-urlencoded")
				.header("Accept-Language", languages)
				.POST(HttpRequest.BodyPublishers.ofString(form))
				.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(signedIn.uri().getPath()).as("back in the application, signed in").isEqualTo("/welcome");
			assertThat(signedIn.statusCode()).isEqualTo(200);
		}

		HttpCookie cookie(String name) {
			return cookies.getCookieStore()
				.getCookies()
				.stream()
				.filter(c -> c.getName().equals(name))
				.findFirst()
				.orElse(null);
		}

		private URI uri(String path) {
			return URI.create("http://localhost:" + port + path);
		}

	}

}
