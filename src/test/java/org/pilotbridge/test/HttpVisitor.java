package org.pilotbridge.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A browser without JavaScript, over real HTTP, connecting from a loopback address of its
 * choice ({@code 127.0.0.x}, so that tests can play several clients), keeping its cookies
 * and never following redirects. Forms are posted with the CSRF token of the page that
 * shows them.
 */
public final class HttpVisitor {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final HttpClient http;

	private final int port;

	public HttpVisitor(String localAddress, int port) {
		try {
			this.http = HttpClient.newBuilder()
				.localAddress(InetAddress.getByName(localAddress))
				.cookieHandler(new CookieManager())
				.followRedirects(HttpClient.Redirect.NEVER)
				.build();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		this.port = port;
	}

	public HttpResponse<String> get(String path) {
		return get(path, Map.of());
	}

	public HttpResponse<String> get(String path, Map<String, String> headers) {
		var request = HttpRequest.newBuilder(uri(path)).GET();
		headers.forEach(request::header);
		return send(request.build());
	}

	/** Posts the form shown at {@code path} back to it. */
	public HttpResponse<String> post(String path, Map<String, String> form, Map<String, String> headers) {
		return post(path, path, form, headers);
	}

	/**
	 * Posts the form shown at {@code formPath} to {@code action}, which may be spelled in
	 * any way (encoded characters, path parameters, doubled slashes); the path is sent as
	 * given.
	 */
	public HttpResponse<String> post(String formPath, String action, Map<String, String> form,
			Map<String, String> headers) {
		var page = get(formPath);
		var csrf = CSRF.matcher(page.body());
		assertThat(csrf.find()).as("the form of %s carries a CSRF token", formPath).isTrue();
		var fields = new LinkedHashMap<>(form);
		fields.put("_csrf", csrf.group(1));
		var body = fields.entrySet()
			.stream()
			.map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		var request = HttpRequest.newBuilder(uri(action))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body));
		headers.forEach(request::header);
		return send(request.build());
	}

	private HttpResponse<String> send(HttpRequest request) {
		try {
			return http.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	private URI uri(String path) {
		return URI.create("http://127.0.0.1:" + port + path);
	}

}
