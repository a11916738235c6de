package org.pilotbridge.security;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.vaadin.browserless.BrowserlessUserContext;
import com.vaadin.browserless.SecuredBrowserlessApplicationContext;
import com.vaadin.browserless.SpringBrowserlessApplicationContext;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.AnnotationAwareOrderComparator;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.stereotype.Controller;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.ClassUtils;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

import org.pilotbridge.identity.OrganisationId;
import org.pilotbridge.identity.PersonId;
import org.pilotbridge.identity.PersonPrincipal;
import org.pilotbridge.identity.RunAs;
import org.pilotbridge.test.Spellings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Proves the access matrix ({@link AccessMatrix}) against the running application, for
 * every role.
 * <ul>
 * <li>Every view route, every web address and every public method of a module's services
 * must have a line in the matrix: the lists come from the application itself, so a new
 * one without a line fails here, named.</li>
 * <li>Views are opened by Vaadin's real navigation (browserless, server side, one session
 * per role): its access control, the view's own checks and the services it calls all take
 * part. A view that renders only to explain that its service refused counts as
 * refused.</li>
 * <li>Web addresses are requested through the whole Spring Security filter chain
 * (MockMvc).</li>
 * <li>Service entry points are called through their Spring proxies as each role, each
 * call in a transaction rolled back afterwards, so that every cell starts from the same
 * world.</li>
 * <li>Entry points marked trusted are for other modules and jobs only: no view and no
 * controller calls them.</li>
 * </ul>
 */
@SecuritySuiteTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessMatrixTests {

	private static final Pattern PLACEHOLDER = Pattern.compile("<([a-zA-Z]+)>");

	@Autowired
	ApplicationContext context;

	@Autowired
	SecurityScenario scenario;

	@Autowired
	RunAs runAs;

	/**
	 * This application's holder of the security context, which its services read (see
	 * RunAs).
	 */
	@Autowired
	SecurityContextHolderStrategy securityContexts;

	@Autowired
	PlatformTransactionManager transactions;

	SecurityScenario.World world;

	SecuredBrowserlessApplicationContext<Authentication> browserless;

	final Map<Role, BrowserlessUserContext> users = new EnumMap<>(Role.class);

	SecurityContextHolderStrategy globalBefore;

	@BeforeAll
	void buildTheWorld() {
		// Browserless sessions use the JVM-wide holder, which each application context
		// started in this JVM claims for itself (as Vaadin does at start-up): give it
		// back to the one under test.
		globalBefore = SecurityContextHolder.getContextHolderStrategy();
		SecurityContextHolder.setContextHolderStrategy(securityContexts);
		world = scenario.world();
		browserless = SpringBrowserlessApplicationContext.createSecured(context, "org.pilotbridge");
		for (var role : Role.values()) {
			users.put(role, browserless.newUser(authenticationOf(role)));
		}
	}

	@AfterAll
	void closeTheSessions() {
		if (browserless != null) {
			browserless.close();
		}
		SecurityContextHolder.setContextHolderStrategy(globalBefore);
	}

	@Test
	void everyRouteAddressAndServiceEntryPointHasALineInTheMatrix() {
		var declaredAddresses = MatrixRows.addresses(AccessMatrix.ADDRESSES)
			.stream()
			.map(MatrixRows.AddressRow::key)
			.toList();
		var declaredServices = AccessMatrix.SERVICES.stream().map(MatrixRows.ServiceRow::key).toList();
		var missing = new ArrayList<String>();
		var window = users.get(Role.ADMIN).newWindow();
		window.activate();
		try {
			EntryPoints.viewRoutes()
				.keySet()
				.stream()
				.filter(route -> !declaredAddresses.contains(route))
				.forEach(route -> missing.add(route + "   (a view route: add a line to AccessMatrix.ADDRESSES)"));
		}
		finally {
			window.close();
		}
		EntryPoints.webMappings(context)
			.stream()
			.filter(mapping -> !declaredAddresses.contains(mapping))
			.forEach(mapping -> missing.add(mapping + "   (a web address: add a line to AccessMatrix.ADDRESSES)"));
		EntryPoints.serviceMethods(context)
			.keySet()
			.stream()
			.filter(method -> !declaredServices.contains(method)
					&& AccessMatrix.TRUSTED.stream().noneMatch(trusted -> trusted.covers(method)))
			.forEach(method -> missing.add(method + "   (a service entry point: add a line to AccessMatrix.SERVICES, "
					+ "or to AccessMatrix.TRUSTED if only other modules call it)"));
		assertThat(missing).as("Routes, addresses and service entry points without a line in the access matrix")
			.isEmpty();
	}

	@Test
	void theMatrixNamesNothingTheApplicationDoesNotHave() {
		var window = users.get(Role.ADMIN).newWindow();
		var known = new TreeSet<String>();
		try {
			known.addAll(EntryPoints.viewRoutes().keySet());
		}
		finally {
			window.close();
		}
		known.addAll(EntryPoints.webMappings(context));
		var methods = EntryPoints.serviceMethods(context).keySet();
		var stale = new ArrayList<String>();
		MatrixRows.addresses(AccessMatrix.ADDRESSES)
			.stream()
			.map(MatrixRows.AddressRow::key)
			.filter(key -> !known.contains(key))
			.forEach(stale::add);
		AccessMatrix.SERVICES.stream()
			.map(MatrixRows.ServiceRow::key)
			.filter(key -> !methods.contains(key))
			.forEach(stale::add);
		AccessMatrix.TRUSTED.stream()
			.filter(trusted -> methods.stream().noneMatch(trusted::covers))
			.forEach(trusted -> stale.add(trusted.key()));
		assertThat(stale).as("Lines of the access matrix for routes or methods that no longer exist").isEmpty();
	}

	@Test
	void everyRoleGetsWhatTheMatrixSaysFromEveryViewAndAddress() throws Exception {
		var mvc = MockMvcBuilders.webAppContextSetup((WebApplicationContext) context)
			.apply(SecurityMockMvcConfigurers.springSecurity())
			.build();
		var report = new Report();
		for (var row : MatrixRows.addresses(AccessMatrix.ADDRESSES)) {
			var address = resolve(row.address());
			var actual = new ArrayList<Outcome>();
			for (var role : Role.values()) {
				actual.add(row.key().startsWith("view ") ? openView(role, address)
						: requestAs(mvc, role, row.key(), address));
			}
			report.add(row.key() + "  " + row.address(), row.outcomes(), actual);
		}
		report.assertNoDifference("views and addresses");
	}

	/**
	 * The dimension "how a path is spelled": every web address of the matrix, spelled as
	 * an attacker spells it to slip past a rule that compares strings ({@link Spellings}:
	 * a letter percent-encoded, a path parameter, a doubled or trailing slash, upper
	 * case), gives each role what the path itself gives, or is refused ({@code 400},
	 * {@code 404}, {@code 405}), or reaches another resource than the path's (which its
	 * own line judges). Protected views are opened by the same spellings too.
	 */
	@Test
	void everySpellingOfAnAddressGetsWhatItsPathGetsOrIsRefused() throws Exception {
		var mvc = MockMvcBuilders.webAppContextSetup((WebApplicationContext) context)
			.apply(SecurityMockMvcConfigurers.springSecurity())
			.build();
		var servletContext = ((WebApplicationContext) context).getServletContext();
		var mappings = context.getBeansOfType(HandlerMapping.class)
			.values()
			.stream()
			.sorted(AnnotationAwareOrderComparator.INSTANCE)
			.toList();
		var differences = new ArrayList<String>();
		var tried = 0;
		for (var row : MatrixRows.addresses(AccessMatrix.ADDRESSES)) {
			if (row.key().equals("ANY /error")) {
				continue;
			}
			var address = resolve(row.address());
			var query = address.contains("?") ? address.substring(address.indexOf('?')) : "";
			var path = address.substring(0, address.length() - query.length());
			if (row.key().startsWith("view ")) {
				if (row.outcomes().get(Role.ANONYMOUS.ordinal()) == Outcome.OK && !path.startsWith("/dev/")) {
					continue;
				}
				var canonical = openView(Role.ANONYMOUS, address);
				for (var spelling : Spellings.of(path)) {
					tried++;
					var outcome = openView(Role.ANONYMOUS, spelling + query);
					if (outcome != canonical && outcome != Outcome.NOT_FOUND) {
						differences.add(row.key() + " spelled " + spelling + " as anonymous: " + outcome.token()
								+ " where the path gives " + canonical.token());
					}
				}
				continue;
			}
			var method = row.key().substring(0, row.key().indexOf(' '));
			var resource = resourceOf(mappings, servletContext, method, address);
			var canonicals = new EnumMap<Role, Outcome>(Role.class);
			for (var role : Role.values()) {
				canonicals.put(role, requestAs(mvc, role, row.key(), address));
			}
			for (var spelling : Spellings.of(path)) {
				if (!Objects.equals(resource, resourceOf(mappings, servletContext, method, spelling + query))) {
					// The dispatcher serves something else for it (Vaadin's not-found
					// page, another handler).
					continue;
				}
				for (var role : Role.values()) {
					tried++;
					var canonical = canonicals.get(role);
					var response = responseAs(mvc, role, method, spelling + query);
					var outcome = outcomeOf(response);
					var refused = Set.of(400, 404, 405).contains(response.getStatus());
					if (outcome != canonical && !refused) {
						differences.add(row.key() + " spelled " + spelling + " as " + role.description() + ": "
								+ outcome.token() + " (" + response.getStatus() + ") where the path gives "
								+ canonical.token());
					}
				}
			}
		}
		assertThat(tried).as("spellings tried").isGreaterThan(1000);
		assertThat(differences).as("Spellings of an address that get another outcome than the address itself")
			.isEmpty();
	}

	@Test
	void everyRoleGetsWhatTheMatrixSaysFromEveryServiceEntryPoint() {
		var report = new Report();
		var calls = new MatrixRows.Calls(context, world);
		for (var row : AccessMatrix.SERVICES) {
			var actual = new ArrayList<Outcome>();
			for (var role : Role.values()) {
				actual.add(inRolledBackTransaction(() -> call(role, row, calls)));
			}
			report.add(row.key() + " (" + row.situation() + ")", row.outcomes(), actual);
		}
		report.assertNoDifference("service entry points");
	}

	@Test
	void noViewOrControllerCallsAnEntryPointMeantForOtherModulesOnly() {
		JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("org.pilotbridge");
		var methods = EntryPoints.serviceMethods(context);
		var offending = new ArrayList<String>();
		for (var entry : methods.entrySet()) {
			if (AccessMatrix.TRUSTED.stream().noneMatch(trusted -> trusted.covers(entry.getKey()))) {
				continue;
			}
			var method = entry.getValue();
			var owner = classes.get(method.getDeclaringClass());
			owner.getMethods()
				.stream()
				.filter(candidate -> candidate.getName().equals(method.getName())
						&& candidate.getRawParameterTypes().size() == method.getParameterCount())
				.flatMap(candidate -> candidate.getCallsOfSelf().stream())
				.filter(call -> {
					var caller = call.getOriginOwner();
					return caller.getPackageName().contains(".ui") || caller.getPackageName().contains(".web")
							|| caller.isMetaAnnotatedWith(Controller.class) || caller.isAnnotatedWith(Controller.class);
				})
				.forEach(call -> offending.add(entry.getKey() + " called by " + call.getOriginOwner().getName()));
		}
		assertThat(offending).as("Entry points marked trusted but reachable from a view or a controller").isEmpty();
	}

	private Outcome call(Role role, MatrixRows.ServiceRow row, MatrixRows.Calls calls) {
		if (row.outcomes().contains(Outcome.TRUSTED)) {
			return Outcome.TRUSTED;
		}
		var actor = world.actor(role);
		Supplier<Outcome> attempt = () -> {
			try {
				return Outcome.ofResult(row.call().call(calls));
			}
			catch (Exception | AssertionError thrown) {
				return Outcome.ofFailure(thrown, actor.person() == null);
			}
		};
		if (actor.person() == null) {
			var previous = securityContexts.getContext();
			var anonymous = securityContexts.createEmptyContext();
			anonymous.setAuthentication(authenticationOf(Role.ANONYMOUS));
			securityContexts.setContext(anonymous);
			try {
				return attempt.get();
			}
			finally {
				securityContexts.setContext(previous);
			}
		}
		return runAs.person(actor.person(), actor.organisation(), attempt);
	}

	private Outcome openView(Role role, String address) {
		var window = users.get(role).newWindow();
		try {
			window.activate();
			Refusals.clear();
			var location = address.startsWith("/") ? address.substring(1) : address;
			return inRolledBackTransaction(() -> {
				try {
					window.getUI().navigate(location);
				}
				catch (RuntimeException failed) {
					return Outcome.ERROR;
				}
				var external = window.getExternalNavigationURL();
				if (external != null && external.contains("sign-in")) {
					return Outcome.LOGIN;
				}
				var view = ClassUtils.getUserClass(window.getCurrentView().getClass()).getSimpleName();
				return switch (view) {
					case "NotFoundView" -> Outcome.NOT_FOUND;
					case "ErrorView" -> Outcome.ERROR;
					default -> Refusals.seen().isEmpty() ? Outcome.OK : Outcome.DENY;
				};
			});
		}
		finally {
			window.close();
		}
	}

	private Outcome requestAs(MockMvc mvc, Role role, String key, String address) throws Exception {
		return outcomeOf(responseAs(mvc, role, key.substring(0, key.indexOf(' ')), address));
	}

	private MockHttpServletResponse responseAs(MockMvc mvc, Role role, String method, String address) {
		var builder = MockMvcRequestBuilders.request(HttpMethod.valueOf("ANY".equals(method) ? "GET" : method),
				URI.create("http://localhost" + address));
		builder.with(role == Role.ANONYMOUS ? anonymous() : authentication(authenticationOf(role)));
		if (!"GET".equals(method) && !"ANY".equals(method)) {
			builder.with(csrf());
		}
		return inRolledBackTransaction(() -> {
			try {
				return mvc.perform(builder).andReturn().getResponse();
			}
			catch (Exception e) {
				throw new IllegalStateException(e);
			}
		});
	}

	private static Outcome outcomeOf(MockHttpServletResponse response) {
		var status = response.getStatus();
		var location = Optional.ofNullable(response.getRedirectedUrl()).orElse("");
		if (status == 401
				|| status / 100 == 3 && (location.contains("/sign-in") || location.contains("/oauth2/authorization"))) {
			return Outcome.LOGIN;
		}
		if (status / 100 == 2 || status / 100 == 3) {
			return Outcome.OK;
		}
		return switch (status) {
			case 403 -> Outcome.DENY;
			case 404 -> Outcome.NOT_FOUND;
			case 400, 405, 409, 422, 429 -> Outcome.INVALID;
			default -> Outcome.ERROR;
		};
	}

	/**
	 * What the dispatcher would serve for the address, whoever asks: its handler, or
	 * none.
	 */
	private static @Nullable Object resourceOf(List<HandlerMapping> mappings,
			jakarta.servlet.ServletContext servletContext, String method, String address) throws Exception {
		var request = MockMvcRequestBuilders
			.request(HttpMethod.valueOf("ANY".equals(method) ? "GET" : method),
					URI.create("http://localhost" + address))
			.buildRequest(servletContext);
		ServletRequestPathUtils.parseAndCache(request);
		for (var mapping : mappings) {
			try {
				var chain = mapping.getHandler(request);
				if (chain != null) {
					return chain.getHandler();
				}
			}
			catch (Exception notThisOne) {
				// A mapping that cannot serve this request (a method or media type it
				// does not take).
			}
		}
		return null;
	}

	private <T> T inRolledBackTransaction(Supplier<T> work) {
		var template = new TransactionTemplate(transactions);
		return template.execute(status -> {
			status.setRollbackOnly();
			return work.get();
		});
	}

	private String resolve(String address) {
		if ("\"\"".equals(address)) {
			return "";
		}
		var values = placeholders();
		Matcher matcher = PLACEHOLDER.matcher(address);
		var resolved = new StringBuilder();
		while (matcher.find()) {
			var value = values.get(matcher.group(1));
			if (value == null) {
				throw new IllegalArgumentException(
						"Unknown placeholder <" + matcher.group(1) + "> in " + address + "; known: " + values.keySet());
			}
			matcher.appendReplacement(resolved, Matcher.quoteReplacement(value));
		}
		matcher.appendTail(resolved);
		return resolved.toString();
	}

	/**
	 * The objects of the scenario an address of the matrix can name, as {@code <name>}.
	 */
	private Map<String, String> placeholders() {
		var values = new LinkedHashMap<String, String>();
		values.put("open", world.open().reference());
		values.put("openId", world.open().id().toString());
		values.put("closed", world.closed().reference());
		values.put("closedId", world.closed().id().toString());
		values.put("draftId", world.draft().toString());
		values.put("openProposal", world.openProposal().toString());
		values.put("closedProposal", world.closedProposal().toString());
		values.put("openFile", world.openFile().id().toString());
		values.put("closedFile", world.closedFile().id().toString());
		values.put("openAttachment", world.openAttachment().toString());
		values.put("solution", world.solutionReference());
		values.put("solutionId", world.solution().toString());
		values.put("draftSolutionId", world.draftSolution().toString());
		values.put("image", world.solutionImage().toString());
		values.put("brochure", world.brochure().toString());
		values.put("openConsultation", world.openConsultationReference());
		values.put("openConsultationId", world.openConsultation().toString());
		values.put("closedConsultationId", world.closedConsultation().toString());
		values.put("invitationToken", world.invitationToken());
		values.put("panelToken", world.panelToken());
		values.put("ocid", "ocds-pilotbridge-" + world.open().reference());
		values.put("otherChallengeId", world.otherAgencyChallenge().id().toString());
		values.put("plannedPilot", world.plannedPilot().reference());
		values.put("runningPilot", world.runningPilot().reference());
		values.put("endedPilot", world.endedPilot().reference());
		return values;
	}

	private Authentication authenticationOf(Role role) {
		var actor = world.actor(role);
		if (actor.person() == null) {
			return new AnonymousAuthenticationToken("matrix", "anonymousUser",
					AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"));
		}
		var authorities = role == Role.ADMIN ? AuthorityUtils.createAuthorityList("ROLE_USER", "ROLE_PLATFORM_ADMIN")
				: AuthorityUtils.createAuthorityList("ROLE_USER");
		return new UsernamePasswordAuthenticationToken(
				new SignedIn(actor.person(), scenario.now().minusSeconds(60), actor.organisation()), null, authorities);
	}

	/**
	 * A person signed in, acting for the organisation they would choose in the header.
	 */
	record SignedIn(PersonId personId, Instant signedInAt,
			@Nullable OrganisationId organisation) implements PersonPrincipal {

		@Override
		public Optional<OrganisationId> fixedOrganisation() {
			return Optional.ofNullable(organisation);
		}

	}

	/** The lines where what happened is not what the matrix says, as a table to read. */
	private static final class Report {

		private final List<String> differences = new ArrayList<>();

		void add(String what, List<Outcome> expected, List<Outcome> actual) {
			if (expected.equals(actual)) {
				return;
			}
			var line = new StringBuilder(what).append('\n');
			for (var role : Role.values()) {
				var e = expected.get(role.ordinal());
				var a = actual.get(role.ordinal());
				if (e != a) {
					line.append("      ")
						.append(role.description())
						.append(": expected ")
						.append(e.token())
						.append(", got ")
						.append(a.token())
						.append('\n');
				}
			}
			line.append("      actual line: ").append(String.join(" ", actual.stream().map(Outcome::token).toList()));
			differences.add(line.toString());
		}

		void assertNoDifference(String what) {
			assertThat(differences).as("Differences from the access matrix for " + what).isEmpty();
		}

	}

}
