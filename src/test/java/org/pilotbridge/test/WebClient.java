package org.pilotbridge.test;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A plain HTTP client on the application, without a browser: no script runs, every page
 * is what the server sent. A visitor's client keeps no cookies; {@link #signedIn} signs a
 * person in with the built-in provider, as a browser would, and keeps the cookies of
 * their session.
 */
public final class WebClient {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final String base;

	private final HttpClient http;

	private WebClient(String base, HttpClient http) {
		this.base = base;
		this.http = http;
	}

	/** A visitor: no cookies kept, redirects not followed. */
	public static WebClient visitor(String base) {
		return new WebClient(base,
				HttpClient.newBuilder()
					.connectTimeout(Duration.ofSeconds(10))
					.followRedirects(HttpClient.Redirect.NEVER)
					.build());
	}

	/**
	 * A person signed in through the built-in provider from a public page, as a browser
	 * does: the "Sign in" link of {@code page}, the provider's sign-in form, and back to
	 * the page.
	 * @return the client, with the page as the person sees it once back
	 */
	public static SignedIn signedIn(String base, String email, String page) {
		var client = new WebClient(base,
				HttpClient.newBuilder()
					.connectTimeout(Duration.ofSeconds(10))
					.cookieHandler(new CookieManager())
					.followRedirects(HttpClient.Redirect.NORMAL)
					.build());
		// The sign-in link: remembered by the workspace, which sends the person to sign
		// in.
		client.get("/sign-in/continue?to=" + URLEncoder.encode(page, StandardCharsets.UTF_8));
		var form = client.get("/oauth2/authorization/pilotbridge");
		assertThat(form.uri().getPath()).as("the provider's sign-in form").isEqualTo("/account/login");
		var csrf = CSRF.matcher(form.body());
		assertThat(csrf.find()).as("the form's CSRF token").isTrue();
		var back = client.post("/account/login",
				Map.of("email", email, "password", TestIdentities.PASSWORD, "_csrf", csrf.group(1)));
		return new SignedIn(client, back);
	}

	public HttpResponse<String> get(String pathAndQuery, String... headers) {
		var request = HttpRequest.newBuilder(URI.create(base + pathAndQuery)).timeout(Duration.ofSeconds(60)).GET();
		if (headers.length > 0) {
			request.headers(headers);
		}
		return send(request.build());
	}

	public HttpResponse<String> post(String path, Map<String, String> form, String... headers) {
		var body = form.entrySet()
			.stream()
			.map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		var request = HttpRequest.newBuilder(URI.create(base + path))
			.timeout(Duration.ofSeconds(60))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body));
		if (headers.length > 0) {
			request.headers(headers);
		}
		return send(request.build());
	}

	/** The page's HTML, parsed. */
	public static Document html(HttpResponse<String> response) {
		return Jsoup.parse(response.body(), response.uri().toString());
	}

	private HttpResponse<String> send(HttpRequest request) {
		try {
			return http.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	/** A signed-in person's client, and the page they were brought back to. */
	public record SignedIn(WebClient client, HttpResponse<String> landing) {
	}

}
