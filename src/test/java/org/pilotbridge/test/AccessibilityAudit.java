package org.pilotbridge.test;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.WebDriver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs axe-core on the current page against WCAG 2.1 A and AA and fails on any serious or
 * critical violation.
 */
public final class AccessibilityAudit {

	private static final List<String> STANDARDS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

	private static final Set<String> BLOCKING_IMPACTS = Set.of("serious", "critical");

	private static final int MAX_ATTEMPTS = 3;

	/**
	 * Rules not applied, each tied to a known upstream issue. Keep this list short and
	 * remove an entry as soon as the upstream fix is released.
	 */
	static final Map<String, String> KNOWN_UPSTREAM_ISSUES = Map.of();

	private AccessibilityAudit() {
	}

	public static void assertNoSeriousViolations(WebDriver driver) {
		assertNoSeriousViolations(driver, () -> {
		});
	}

	/**
	 * Audits once the page has settled. A notification whose time is up starts fading out
	 * at any moment, also while axe runs; a violation found on a notification caught
	 * fading in or out is not what anybody reads, so the page is settled and audited
	 * again, a few times at most.
	 */
	public static void assertNoSeriousViolations(WebDriver driver, Runnable settle) {
		List<Rule> blocking = List.of();
		for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
			settle.run();
			blocking = blockingViolations(driver);
			if (blocking.stream().noneMatch(AccessibilityAudit::onNotificationInTransition)) {
				break;
			}
		}
		assertThat(blocking)
			.as("serious or critical accessibility violations on %s:%n%s", driver.getCurrentUrl(), describe(blocking))
			.isEmpty();
	}

	private static List<Rule> blockingViolations(WebDriver driver) {
		var builder = new AxeBuilder().withTags(STANDARDS);
		if (!KNOWN_UPSTREAM_ISSUES.isEmpty()) {
			builder.disableRules(List.copyOf(KNOWN_UPSTREAM_ISSUES.keySet()));
		}
		return builder.analyze(driver)
			.getViolations()
			.stream()
			.filter(rule -> BLOCKING_IMPACTS.contains(rule.getImpact()))
			.toList();
	}

	private static boolean onNotificationInTransition(Rule rule) {
		return rule.getNodes()
			.stream()
			.map(node -> String.valueOf(node.getTarget()))
			.anyMatch(target -> target.contains("vaadin-notification-card[closing")
					|| target.contains("vaadin-notification-card[opening"));
	}

	private static String describe(List<Rule> violations) {
		return violations.stream()
			.map(rule -> "- " + rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + "\n    "
					+ rule.getNodes()
						.stream()
						.map(node -> node.getTarget() + " " + node.getFailureSummary())
						.collect(Collectors.joining("\n    ")))
			.collect(Collectors.joining("\n"));
	}

}
