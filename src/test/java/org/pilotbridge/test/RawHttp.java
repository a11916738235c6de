package org.pilotbridge.test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * HTTP/1.0 over a plain socket to 127.0.0.1, for requests that ordinary clients refuse to
 * send: a {@code Host} header of the sender's choosing, as an attacker sends it. Keeps
 * the session cookies the server sets, follows no redirect.
 */
public final class RawHttp {

	private final int port;

	private final String host;

	private final Map<String, String> cookies = new LinkedHashMap<>();

	/**
	 * @param host the {@code Host} header every request carries
	 */
	public RawHttp(int port, String host) {
		this.port = port;
		this.host = host;
	}

	public Response get(String pathAndQuery, Map<String, String> headers) {
		return send("GET", pathAndQuery, headers, null);
	}

	public Response postForm(String path, String body, Map<String, String> headers) {
		var all = new LinkedHashMap<>(headers);
		all.put("Content-Type", "application/x-www-form-urlencoded");
		return send("POST", path, all, body);
	}

	private Response send(String method, String pathAndQuery, Map<String, String> headers, String body) {
		var request = new StringBuilder(method).append(' ').append(pathAndQuery).append(" HTTP/1.0\r\n");
		request.append("Host: ").append(host).append("\r\n");
		if (!cookies.isEmpty()) {
			request.append("Cookie: ")
				.append(String.join("; ",
						cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList()))
				.append("\r\n");
		}
		headers.forEach((name, value) -> request.append(name).append(": ").append(value).append("\r\n"));
		var bytes = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
		if (body != null) {
			request.append("Content-Length: ").append(bytes.length).append("\r\n");
		}
		request.append("\r\n");
		try (var socket = new Socket("127.0.0.1", port)) {
			socket.setSoTimeout(30_000);
			var out = socket.getOutputStream();
			out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
			out.write(bytes);
			out.flush();
			var received = new ByteArrayOutputStream();
			socket.getInputStream().transferTo(received);
			var response = Response.parse(received.toString(StandardCharsets.UTF_8));
			response.headers("Set-Cookie").forEach(cookie -> {
				var pair = cookie.split(";", 2)[0];
				var equals = pair.indexOf('=');
				cookies.put(pair.substring(0, equals).strip(), pair.substring(equals + 1).strip());
			});
			return response;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	public record Response(int status, List<Map.Entry<String, String>> headerLines, String body) {

		static Response parse(String raw) {
			var end = raw.indexOf("\r\n\r\n");
			var head = raw.substring(0, end < 0 ? raw.length() : end).split("\r\n");
			var status = Integer.parseInt(head[0].split(" ")[1]);
			var headers = new ArrayList<Map.Entry<String, String>>();
			for (int i = 1; i < head.length; i++) {
				var colon = head[i].indexOf(':');
				headers.add(Map.entry(head[i].substring(0, colon).strip(), head[i].substring(colon + 1).strip()));
			}
			return new Response(status, headers, end < 0 ? "" : raw.substring(end + 4));
		}

		public List<String> headers(String name) {
			return headerLines.stream()
				.filter(e -> e.getKey().toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT)))
				.map(Map.Entry::getValue)
				.toList();
		}

		public Optional<String> header(String name) {
			return headers(name).stream().findFirst();
		}

	}

}
