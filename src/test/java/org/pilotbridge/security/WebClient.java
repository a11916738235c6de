package org.pilotbridge.security;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Someone talking to the application over real HTTP, as a script would rather than a
 * browser: signs in through the built-in provider's form, opens Vaadin views by Vaadin's
 * own protocol (the first request and a navigation message) to learn a view's upload
 * addresses, and sends bodies of any size, with a length or in chunks, generated as they
 * are sent and counted.
 */
final class WebClient {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private static final JsonMapper json = JsonMapper.builder().build();

	private final int port;

	private final CookieManager cookies = new CookieManager();

	private final HttpClient http;

	WebClient(int port) {
		this.port = port;
		this.http = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.cookieHandler(cookies)
			.followRedirects(HttpClient.Redirect.NORMAL)
			.connectTimeout(Duration.ofSeconds(10))
			.build();
	}

	/**
	 * Signs in with the built-in provider's form, as the sign-in page's button leads
	 * there.
	 */
	WebClient signIn(String email, String password) {
		var login = send(HttpRequest.newBuilder(uri("/oauth2/authorization/pilotbridge")).GET().build());
		var token = CSRF.matcher(login.body());
		assertThat(token.find()).as("the provider's sign-in form").isTrue();
		var form = "email=" + encode(email) + "&password=" + encode(password) + "&_csrf=" + encode(token.group(1));
		var signedIn = send(HttpRequest.newBuilder(uri("/account/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build());
		assertThat(signedIn.uri().getPath()).as("signed in and back in the application").doesNotStartWith("/account");
		return this;
	}

	/**
	 * A Vaadin UI opened at the route: its id, its security key and what the navigation
	 * sent.
	 */
	record Ui(int id, String securityKey, String changes) {

		/** The address of the upload with this element id in the view. */
		String uploadAddress(String elementId) {
			var node = Pattern
				.compile("\"node\":(\\d+),\"type\":\"put\",\"key\":\"id\",\"feat\":\\d+,\"value\":\""
						+ Pattern.quote(elementId) + "\"")
				.matcher(changes);
			assertThat(node.find()).as("the view has %s", elementId).isTrue();
			var target = Pattern
				.compile("\"node\":" + node.group(1)
						+ ",\"type\":\"put\",\"key\":\"target\",\"feat\":\\d+,\"value\":\\{\"uri\":\"([^\"]+)\"")
				.matcher(changes);
			assertThat(target.find()).as("the address of %s", elementId).isTrue();
			return "/" + target.group(1);
		}

		/** The address of Vaadin's messages for this UI. */
		String uidlAddress() {
			return "/?v-r=uidl&v-uiId=" + id;
		}

	}

	/**
	 * Opens the route as Vaadin's client does: the first request, then the navigation
	 * message.
	 */
	Ui open(String route) {
		var init = send(HttpRequest.newBuilder(uri("/?v-r=init&location=" + encode(route) + "&query=")).GET().build());
		JsonNode config = json.readTree(init.body()).path("appConfig");
		var id = config.path("v-uiId").asInt();
		var key = config.path("uidl").path("Vaadin-Security-Key").asString();
		var navigation = """
				{"csrfToken":"%s","rpc":[{"type":"event","node":1,"event":"ui-navigate","data":{"route":"%s",\
				"query":"","appShellTitle":"","historyState":{"idx":0},"trigger":""}}],"syncId":0,"clientId":0}"""
			.formatted(key, route);
		var navigated = send(HttpRequest.newBuilder(uri("/?v-r=uidl&v-uiId=" + id))
			.header("Content-Type", "application/json; charset=UTF-8")
			.POST(HttpRequest.BodyPublishers.ofString(navigation))
			.build());
		assertThat(navigated.statusCode()).as("navigation to %s", route).isEqualTo(200);
		return new Ui(id, key, navigated.body());
	}

	HttpResponse<String> send(HttpRequest request) {
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

	/** A request to the address carrying the client's session. */
	HttpRequest.Builder request(String address) {
		return HttpRequest.newBuilder(uri(address)).timeout(Duration.ofSeconds(60));
	}

	URI uri(String address) {
		return URI.create("http://127.0.0.1:" + port + address);
	}

	/** The session cookie, for requests written by hand. */
	String cookieHeader() {
		var values = new ArrayList<String>();
		cookies.getCookieStore()
			.get(uri("/"))
			.forEach(cookie -> values.add(cookie.getName() + "=" + cookie.getValue()));
		return String.join("; ", values);
	}

	/**
	 * Sends a request written by hand on a connection of its own, headers first, then as
	 * many bytes of the body as given, and keeps the connection open until closed: an
	 * upload that has begun and goes on slowly.
	 */
	Socket begin(String method, String address, List<String> headers, byte[] firstBytes) {
		try {
			var socket = new Socket("127.0.0.1", port);
			socket.setSoTimeout(60_000);
			var head = new StringBuilder(method + " " + address + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\n");
			headers.forEach(header -> head.append(header).append("\r\n"));
			head.append("Cookie: ").append(cookieHeader()).append("\r\n\r\n");
			OutputStream out = socket.getOutputStream();
			out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
			out.write(firstBytes);
			out.flush();
			return socket;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** A response read off a connection by hand. */
	record RawResponse(int status, String head, String body) {

		String header(String name) {
			var matcher = Pattern.compile("(?im)^" + Pattern.quote(name) + ":\\s*(.*?)\\s*$").matcher(head);
			return matcher.find() ? matcher.group(1) : "";
		}

	}

	/**
	 * Sends the head of a request, announcing a body of the given length, without a byte
	 * of that body, and reads what the server answers (the server may keep the connection
	 * open a while, ready to drop what it would still be sent).
	 */
	RawResponse announce(String method, String address, long contentLength, List<String> headers) {
		var all = new ArrayList<>(headers);
		all.add("Content-Length: " + contentLength);
		try (var socket = begin(method, address, all, new byte[0])) {
			var in = socket.getInputStream();
			var head = new StringBuilder();
			while (!head.toString().endsWith("\r\n\r\n")) {
				var next = in.read();
				assertThat(next).as("an answer to %s %s", method, address).isNotNegative();
				head.append((char) next);
			}
			var response = new RawResponse(Integer.parseInt(head.toString().split(" ")[1]), head.toString().strip(),
					"");
			var length = Integer.parseInt(response.header("Content-Length"));
			return new RawResponse(response.status(), response.head(),
					new String(in.readNBytes(length), StandardCharsets.UTF_8));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

	/**
	 * A body made as it is sent, never held whole: {@code prefix} then spaces up to
	 * {@code size} bytes, counting what the client managed to hand to the connection.
	 */
	static final class LazyBody extends InputStream {

		private final byte[] prefix;

		private final long size;

		private final AtomicLong delivered = new AtomicLong();

		LazyBody(byte[] prefix, long size) {
			this.prefix = prefix;
			this.size = size;
		}

		long delivered() {
			return delivered.get();
		}

		@Override
		public int read() {
			var one = new byte[1];
			return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) {
			var at = delivered.get();
			if (at >= size) {
				return -1;
			}
			var count = (int) Math.min(length, size - at);
			for (int i = 0; i < count; i++) {
				buffer[offset + i] = at + i < prefix.length ? prefix[(int) (at + i)] : (byte) ' ';
			}
			delivered.addAndGet(count);
			return count;
		}

	}

}
