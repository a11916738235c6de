package org.pilotbridge.identity.provider;

import java.io.IOException;
import java.net.CookieManager;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.pilotbridge.shared.Language;
import org.pilotbridge.test.HttpVisitor;
import org.pilotbridge.test.Spellings;
import org.pilotbridge.test.MutableClock;
import org.pilotbridge.test.MutableClockConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Brute force against the account pages, over real HTTP: per client address, failed
 * sign-ins and password resets are throttled whatever account they aim at, and so are the
 * forms that send e-mails; a throttled client gets {@code 429}, {@code Retry-After} and a
 * translated page, and its attempt is not even checked. The address is the connection's
 * own: a forged {@code X-Forwarded-For} from a client that is not a trusted proxy changes
 * nothing. Another client is not affected, and the throttle lifts as time passes.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "pilotbridge.identity.provider.throttle.guesses=5",
				"pilotbridge.identity.provider.throttle.guessing-period=PT15M",
				"pilotbridge.identity.provider.throttle.mails=3",
				"pilotbridge.identity.provider.throttle.mailing-period=PT1H",
				// Only this address (of a documentation network) is a trusted proxy, so
				// loopback is a client.
				"pilotbridge.web.trusted-proxies=192.0.2.1" })
@Import(MutableClockConfiguration.class)
class AccountThrottlingIntegrationTests {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private static final String PASSWORD = "a long enough password";

	@LocalServerPort
	int port;

	@Autowired
	LocalAccountService accounts;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcClient jdbc;

	String email;

	@BeforeEach
	void anAccount() {
		email = "throttled-" + UUID.randomUUID().toString().substring(0, 8) + "@test.example";
		accounts.registerConfirmed("Tess", email, PASSWORD, Language.ENGLISH);
	}

	@Test
	void throttlesFailedSignInsOfOneClientWhateverTheAccountsOrTheAddressItClaims() throws Exception {
		var attacker = new Client("127.0.0.3");
		for (int i = 1; i <= 5; i++) {
			var guess = attacker.signIn("someone-" + i + "@test.example", "password" + i,
					Map.of("X-Forwarded-For", "203.0.113." + i));
			assertThat(guess.statusCode()).as("guess %d", i).isEqualTo(302);
			assertThat(guess.headers().firstValue("Location"))
				.hasValueSatisfying(l -> assertThat(l).endsWith("?error"));
		}

		var throttled = attacker.signIn(email, PASSWORD,
				Map.of("X-Forwarded-For", "198.51.100.7", "Accept-Language", "fr"));

		assertThat(throttled.statusCode()).isEqualTo(429);
		assertThat(throttled.headers().firstValue("Retry-After")).as("one guess back a fifth of the period later")
			.hasValue("180");
		assertThat(throttled.body()).contains("Trop de tentatives", "patienter 3 minutes");
		assertThat(failedAttempts(email)).as("the right password was not even checked").isZero();

		var neighbour = new Client("127.0.0.4");
		assertThat(neighbour.signIn(email, PASSWORD, Map.of()).headers().firstValue("Location"))
			.as("another client signs in")
			.hasValueSatisfying(location -> assertThat(location).doesNotContain("error"));

		clock.set(clock.instant().plus(Duration.ofMinutes(4)));
		assertThat(attacker.signIn(email, PASSWORD, Map.of()).statusCode())
			.as("one guess back after a fifth of the period")
			.isEqualTo(302);
	}

	@Test
	void letsOneAddressSignInAsOftenAsItSucceeds() throws Exception {
		var office = new Client("127.0.0.5");
		for (int i = 1; i <= 12; i++) {
			var signIn = new Client("127.0.0.5").signIn(email, PASSWORD, Map.of());
			assertThat(signIn.statusCode()).as("sign-in %d", i).isEqualTo(302);
			assertThat(signIn.headers().firstValue("Location"))
				.hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
		}
		assertThat(office.get("/account/login").statusCode()).isEqualTo(200);
	}

	@Test
	void throttlesTheFormsThatSendMailsPerClient() throws Exception {
		var client = new Client("127.0.0.6");
		var before = resetTokens(email);
		for (int i = 1; i <= 3; i++) {
			assertThat(client.post("/account/forgot-password", Map.of("email", email), Map.of()).statusCode())
				.as("request %d", i)
				.isEqualTo(302);
		}

		var fourth = client.post("/account/forgot-password", Map.of("email", email), Map.of("Accept-Language", "de"));
		var registration = client.post("/account/register",
				Map.of("displayName", "Mallory", "email", "victim@test.example", "password", PASSWORD), Map.of());

		assertThat(fourth.statusCode()).isEqualTo(429);
		assertThat(fourth.body()).contains("Zu viele Versuche");
		assertThat(registration.statusCode()).isEqualTo(429);
		assertThat(resetTokens(email)).as("no mail for the throttled request").isEqualTo(before + 3);
		assertThat(accounts.loadUserByUsernameOptional("victim@test.example")).isEmpty();
	}

	@Test
	void countsEveryMailSentWhateverTheSpellingOfTheFormsAddress() {
		var client = new HttpVisitor("127.0.0.8", port);
		var served = new ArrayList<String>();
		for (var form : List.of("/account/forgot-password", "/account/register")) {
			for (var spelling : Spellings.of(form)) {
				var tokensBefore = resetTokens(email);
				var newcomer = "newcomer-" + UUID.randomUUID().toString().substring(0, 8) + "@test.example";
				var response = form.contains("forgot") ? client.post(form, spelling, Map.of("email", email), Map.of())
						: client.post(form, spelling,
								Map.of("displayName", "Newcomer", "email", newcomer, "password", PASSWORD), Map.of());
				var mailed = resetTokens(email) > tokensBefore
						|| accounts.loadUserByUsernameOptional(newcomer).isPresent();
				if (mailed) {
					served.add(spelling + " -> " + response.statusCode());
				}
			}
		}

		assertThat(served).as("mails sent, whatever the spelling: at most the client's share of 3")
			.hasSizeLessThanOrEqualTo(3);
		assertThat(served).as("encoded spellings reach the forms").anyMatch(line -> line.contains("%"));
		assertThat(client.post("/account/forgot-password", Map.of("email", email), Map.of()).statusCode())
			.as("the share is used up by every spelling that was served")
			.isEqualTo(429);
	}

	@Test
	void refusesEverySpellingOfTheSignInOnceTheClientsGuessesAreUsed() {
		var attacker = new HttpVisitor("127.0.0.11", port);
		for (int i = 1; i <= 5; i++) {
			attacker.post("/account/login", Map.of("email", "someone-" + i + "@test.example", "password", "wrong" + i),
					Map.of());
		}
		for (var spelling : Spellings.of("/account/login")) {
			var attempt = attacker.post("/account/login", spelling, Map.of("email", email, "password", PASSWORD),
					Map.of());
			assertThat(attempt.headers().firstValue("Location").orElse(""))
				.as("%s (%d) must not sign in", spelling, attempt.statusCode())
				.doesNotContain("/oauth2/authorization")
				.doesNotContain("/oauth2/authorize");
		}
		assertThat(failedAttempts(email)).as("the right password was never even checked").isZero();

		var other = new HttpVisitor("127.0.0.12", port);
		for (int i = 1; i <= 5; i++) {
			other.post("/account/login", "/account/%6Cogin",
					Map.of("email", "someone-" + i + "@test.example", "password", "wrong" + i), Map.of());
		}
		assertThat(other.post("/account/login", Map.of("email", email, "password", PASSWORD), Map.of()).statusCode())
			.as("guesses under another spelling count as well")
			.isEqualTo(429);
	}

	private int failedAttempts(String address) {
		return jdbc.sql("SELECT failed_attempts FROM local_account WHERE email = ?")
			.param(address)
			.query(Integer.class)
			.single();
	}

	private long resetTokens(String address) {
		return jdbc.sql("""
				SELECT count(*) FROM account_token t JOIN local_account a ON a.id = t.account_id
				WHERE a.email = ? AND t.purpose = 'RESET_PASSWORD'
				""").param(address).query(Long.class).single();
	}

	/**
	 * A browser without JavaScript at a given loopback address, keeping its session
	 * cookie.
	 */
	private final class Client {

		private final HttpClient http;

		Client(String localAddress) throws IOException {
			this.http = HttpClient.newBuilder()
				.localAddress(InetAddress.getByName(localAddress))
				.cookieHandler(new CookieManager())
				.followRedirects(HttpClient.Redirect.NEVER)
				.build();
		}

		HttpResponse<String> get(String path) throws IOException, InterruptedException {
			return http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
		}

		HttpResponse<String> signIn(String address, String password, Map<String, String> headers)
				throws IOException, InterruptedException {
			return post("/account/login", Map.of("email", address, "password", password), headers);
		}

		HttpResponse<String> post(String path, Map<String, String> form, Map<String, String> headers)
				throws IOException, InterruptedException {
			var page = get(path);
			var csrf = CSRF.matcher(page.body());
			assertThat(csrf.find()).as("the form of %s carries a CSRF token", path).isTrue();
			var fields = new LinkedHashMap<>(form);
			fields.put("_csrf", csrf.group(1));
			var body = fields.entrySet()
				.stream()
				.map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
						+ URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
				.collect(Collectors.joining("&"));
			var request = HttpRequest.newBuilder(uri(path))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(body));
			headers.forEach(request::header);
			return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}

		private URI uri(String path) {
			return URI.create("http://127.0.0.1:" + port + path);
		}

	}

}
