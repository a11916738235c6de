package org.pilotbridge.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * One person's browser on Pilotbridge, without a browser: it signs in through the
 * built-in OpenID Connect provider as a browser does (the provider's login form, then the
 * authorization code flow back to the application), and speaks Vaadin Flow's client
 * protocol to one view, as Flow's own client does:
 * <ul>
 * <li>{@code GET /?v-r=init&location=<route>} answers the application configuration with
 * the UI's id, its CSRF token ({@code Vaadin-Security-Key}) and the first changes of the
 * state tree;</li>
 * <li>every interaction is a {@code POST /?v-r=uidl&v-uiId=<id>} of {@code {"csrfToken",
 * "rpc": [...], "syncId", "clientId"}}, one at a time, where an RPC is an event on a node
 * of the state tree ({@code {"type":"event","node":n,"event":"click","data":{...}}}); the
 * answer holds the changes of the tree (nodes attached, their tag, properties,
 * attributes, DOM event listeners and text), the next {@code syncId} and
 * {@code clientId};</li>
 * <li>navigation is the {@code ui-navigate} event on the root node;</li>
 * <li>a file goes to the upload element's {@code target} address as the body of a
 * {@code POST} ({@code vaadin-upload}'s default "raw" format: {@code Content-Type} of the
 * file, its name in {@code X-Filename}), between the {@code upload-start} and
 * {@code upload-success} events.</li>
 * </ul>
 * Elements are found by their {@code id} attribute. The data of an event is what the
 * browser would send for the expressions the server asked for (the listener's constant):
 * keys, mouse buttons and positions of a plain click, no upload in progress after an
 * upload. Not thread-safe: one person does one thing at a time, as Flow's client sends
 * one request at a time.
 * <p>
 * Written for the deadline rush over HTTP ({@link HttpDeadlineRush}); it knows the parts
 * of the protocol the proposal form needs, not all of Flow.
 */
public final class VaadinHttpClient {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]*)\"");

	private static final int MAX_REDIRECTS = 10;

	private final HttpClient http;

	private final String base;

	private final Map<String, String> cookies = new ConcurrentHashMap<>();

	private final Map<String, String> headers = new LinkedHashMap<>();

	private final Map<Integer, Node> nodes = new HashMap<>();

	private final Map<String, JsonNode> constants = new HashMap<>();

	private int uiId;

	private String csrfToken = "";

	private int syncId;

	private int clientId;

	/**
	 * @param http shared by all people: it keeps connections, this client keeps the
	 * cookies
	 * @param base the application's address, such as {@code http://127.0.0.1:8080}
	 */
	public VaadinHttpClient(HttpClient http, String base) {
		this.http = http;
		this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
	}

	/**
	 * An HTTP/1.1 client for many people at once, following no redirect by itself. Idle
	 * connections are dropped after 5 seconds (unless
	 * {@code jdk.httpclient.keepalive.timeout} says otherwise), well before the server
	 * drops them, so that no request goes out on a connection the server has just closed,
	 * which a browser would retry and this client would count as lost.
	 */
	public static HttpClient sharedHttpClient() {
		if (System.getProperty("jdk.httpclient.keepalive.timeout") == null) {
			System.setProperty("jdk.httpclient.keepalive.timeout", "5");
		}
		return HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(Duration.ofSeconds(30))
			.build();
	}

	/**
	 * Sends that header with every request from now on, as a browser sends its
	 * {@code Accept-Language}, or as a client claiming something about its requests
	 * would.
	 */
	public VaadinHttpClient header(String name, String value) {
		headers.put(name, value);
		return this;
	}

	/**
	 * Signs in with the built-in provider: the application sends the browser to the
	 * provider, whose login form takes the address and password, and back with an
	 * authorization code.
	 * @throws IOException when the sign-in does not end on a page of the application
	 */
	public void signIn(String email, String password) throws IOException {
		var login = follow(get("/oauth2/authorization/pilotbridge"));
		var csrf = CSRF_FIELD.matcher(login.body());
		if (!csrf.find()) {
			throw new IOException("No login form at " + login.uri() + " (status " + login.statusCode() + ")");
		}
		var form = "_csrf=" + encode(csrf.group(1)) + "&email=" + encode(email) + "&password=" + encode(password);
		var landed = follow(send(HttpRequest.newBuilder(uri("/account/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))));
		if (landed.uri().getPath().startsWith("/account/login") || landed.statusCode() != 200) {
			throw new IOException("Sign-in of " + email + " ended at " + landed.uri() + " with " + landed.statusCode());
		}
	}

	/**
	 * Opens a view as a browser does: bootstraps a UI for the route and navigates to it.
	 * @param route such as {@code challenges/CH-2026-0001/proposal}
	 */
	public Answer open(String route) throws IOException {
		nodes.clear();
		var init = send(HttpRequest.newBuilder(uri("/?v-r=init&location=" + encode(route) + "&query=")).GET());
		if (init.statusCode() != 200) {
			throw new IOException("Bootstrap of " + route + " answered " + init.statusCode());
		}
		var config = JSON.readTree(init.body()).path("appConfig");
		var uidl = config.path("uidl");
		uiId = config.path("v-uiId").asInt();
		csrfToken = uidl.path("Vaadin-Security-Key").asString();
		apply(uidl);
		var data = JSON.createObjectNode();
		data.put("route", route);
		data.put("query", "");
		data.put("appShellTitle", "");
		data.putNull("historyState");
		data.put("trigger", "");
		return event(1, "ui-navigate", data);
	}

	/** Clicks the element with that id. */
	public Answer click(String id) throws IOException {
		var node = require(id);
		return event(node.id, "click", eventData(node, "click"));
	}

	/**
	 * Uploads a file with the upload element of that id, as {@code vaadin-upload} does:
	 * the {@code upload-start} event, the file to the element's target, then
	 * {@code upload-success}.
	 * @return the answer to the upload's end, which shows what became of the file
	 */
	public Answer upload(String id, String fileName, String contentType, byte[] content) throws IOException {
		var node = require(id);
		var target = node.attributes.get("target");
		if (target == null || !target.has("uri")) {
			throw new IOException("The upload " + id + " has no target");
		}
		event(node.id, "upload-start", eventData(node, "upload-start"));
		var uploaded = send(HttpRequest.newBuilder(uri("/" + target.path("uri").asString()))
			.header("Content-Type", contentType)
			.header("X-Filename", encode(fileName).replace("+", "%20"))
			.POST(HttpRequest.BodyPublishers.ofByteArray(content)));
		return event(node.id, uploaded.statusCode() == 200 ? "upload-success" : "upload-error",
				eventData(node, "upload-success"));
	}

	/** Whether the current view has an element with that id. */
	public boolean has(String id) {
		return find(id).isPresent();
	}

	/** The texts of the current view, in no particular order. */
	public List<String> texts() {
		return nodes.values().stream().map(node -> node.text).filter(text -> text != null).toList();
	}

	/** Sends an event to a node of the state tree and applies the answer. */
	public Answer event(int node, String event, ObjectNode data) throws IOException {
		var rpc = JSON.createObjectNode();
		rpc.put("type", "event");
		rpc.put("node", node);
		rpc.put("event", event);
		rpc.set("data", data);
		var message = JSON.createObjectNode();
		message.put("csrfToken", csrfToken);
		message.set("rpc", JSON.createArrayNode().add(rpc));
		message.put("syncId", syncId);
		message.put("clientId", clientId);
		var response = send(HttpRequest.newBuilder(uri("/?v-r=uidl&v-uiId=" + uiId))
			.header("Content-Type", "application/json; charset=UTF-8")
			.POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(message))));
		if (response.statusCode() != 200) {
			throw new IOException("The " + event + " answered " + response.statusCode());
		}
		var body = response.body();
		var start = body.indexOf('{');
		var answer = JSON.readTree(start < 0 ? "{}" : body.substring(start));
		var error = answer.path("meta").path("appError");
		if (!error.isMissingNode()) {
			throw new IOException(
					"Vaadin reported " + error.path("caption").asString() + ": " + error.path("message").asString());
		}
		if (answer.path("meta").path("sessionExpired").asBoolean(false)) {
			throw new IOException("The session expired");
		}
		return new Answer(apply(answer));
	}

	/**
	 * What an interaction changed: the texts it added or changed, notifications included.
	 */
	public record Answer(List<String> texts) {

		public boolean says(String text) {
			return texts.stream().anyMatch(shown -> shown.contains(text));
		}

		public Optional<String> find(Pattern pattern) {
			return texts.stream().map(pattern::matcher).filter(Matcher::find).map(Matcher::group).findFirst();
		}

	}

	private List<String> apply(JsonNode uidl) {
		if (uidl.has("syncId")) {
			syncId = uidl.path("syncId").asInt();
		}
		if (uidl.has("clientId")) {
			clientId = uidl.path("clientId").asInt();
		}
		uidl.path("constants").properties().forEach(entry -> constants.put(entry.getKey(), entry.getValue()));
		var texts = new ArrayList<String>();
		for (var change : uidl.path("changes")) {
			var id = change.path("node").asInt();
			switch (change.path("type").asString()) {
				case "attach" -> nodes.put(id, new Node(id));
				case "detach" -> nodes.remove(id);
				case "put" -> {
					var node = nodes.computeIfAbsent(id, Node::new);
					var key = change.path("key").asString();
					var value = change.path("value");
					switch (change.path("feat").asInt()) {
						case 3 -> node.attributes.put(key, value);
						case 4 -> node.listeners.put(key, value.asString());
						case 7 -> {
							node.text = value.asString();
							texts.add(node.text);
						}
						default -> {
							if (value.isString() && value.asString().length() > 20) {
								texts.add(value.asString());
							}
						}
					}
				}
				default -> {
				}
			}
		}
		return texts;
	}

	/**
	 * What the browser sends for the expressions the server asked for with the listener.
	 */
	private ObjectNode eventData(Node node, String event) {
		var data = JSON.createObjectNode();
		var hash = node.listeners.get(event);
		var expressions = hash == null ? null : constants.get(hash);
		if (expressions == null) {
			return data;
		}
		expressions.propertyNames().forEach(expression -> {
			if (expression.startsWith("}") || expression.startsWith("]") || expression.matches("\\d+")) {
				return;
			}
			if (expression.endsWith("Key") || expression.startsWith("element.") || expression.equals("event.repeat")) {
				data.put(expression, false);
			}
			else if (expression.equals("event.detail")) {
				data.put(expression, 1);
			}
			else {
				data.put(expression, 0);
			}
		});
		return data;
	}

	private Node require(String id) throws IOException {
		return find(id).orElseThrow(() -> new IOException("No element #" + id + " in the view"));
	}

	private Optional<Node> find(String id) {
		return nodes.values().stream().filter(node -> {
			var attribute = node.attributes.get("id");
			return attribute != null && id.equals(attribute.asString());
		}).findFirst();
	}

	private HttpResponse<String> get(String path) throws IOException {
		return send(HttpRequest.newBuilder(uri(path)).GET());
	}

	/** Follows redirects as a browser does, GET after a POST. */
	private HttpResponse<String> follow(HttpResponse<String> response) throws IOException {
		for (int i = 0; i < MAX_REDIRECTS && response.statusCode() / 100 == 3; i++) {
			var location = response.headers().firstValue("Location").orElseThrow();
			response = send(HttpRequest.newBuilder(response.uri().resolve(location)).GET());
		}
		return response;
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws IOException {
		headers.forEach(request::header);
		if (!cookies.isEmpty()) {
			var header = new StringBuilder();
			cookies.forEach((name,
					value) -> header.append(header.isEmpty() ? "" : "; ").append(name).append('=').append(value));
			request.header("Cookie", header.toString());
		}
		request.timeout(Duration.ofMinutes(5));
		try {
			var response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			for (var cookie : response.headers().allValues("Set-Cookie")) {
				var pair = cookie.split(";", 2)[0];
				var equals = pair.indexOf('=');
				if (equals > 0) {
					cookies.put(pair.substring(0, equals).strip(), pair.substring(equals + 1).strip());
				}
			}
			return response;
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
			throw new IOException(interrupted);
		}
	}

	private URI uri(String path) {
		return URI.create(base + path);
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	/** A node of the state tree, with what this client needs of it. */
	private static final class Node {

		final int id;

		final Map<String, JsonNode> attributes = new LinkedHashMap<>();

		final Map<String, String> listeners = new HashMap<>();

		String text;

		Node(int id) {
			this.id = id;
		}

	}

}
