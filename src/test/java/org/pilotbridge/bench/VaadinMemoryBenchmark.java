package org.pilotbridge.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.pilotbridge.shared.Language;
import org.pilotbridge.test.Browser;
import org.pilotbridge.test.Browsers;

/**
 * Measures the server memory a Vaadin session takes, as Vaadin's capacity planning guide
 * describes: the live heap (after a full garbage collection) of the running application
 * with and without N sessions, divided by N, for two kinds of visitor: an anonymous
 * visitor browsing the challenges, and a signed-in evaluator scoring a proposal. Sessions
 * are made by a real browser (headless Chromium), one after the other, each with fresh
 * cookies, and are left open as a visitor who leaves the site leaves them (they live
 * until the session timeout). The heap is read with
 * {@code jcmd <pid> GC.class_histogram}, which collects first; the histogram also counts
 * the {@code VaadinSession} and {@code UI} objects, to show the sessions are really
 * there.
 * <p>
 * Not a test: run it against the application started with {@code bench/serve.sh} on the
 * volume data set (see docs/benchmarks.md); {@code bench/vaadin-memory.sh} does both.
 */
public final class VaadinMemoryBenchmark {

	private static final String BASE = System.getProperty("bench.base", "http://127.0.0.1:8184");

	private static final long PID = Long.parseLong(System.getProperty("bench.pid", "0"));

	private static final int SESSIONS = Integer.getInteger("bench.sessions", 50);

	private static final int WARMUP = Integer.getInteger("bench.warmup", 5);

	private static final String PASSWORD = System.getProperty("bench.password", "pilotbridge-volume");

	private static final String SEARCH = System.getProperty("bench.search", "water");

	private static final Duration TIMEOUT = Duration.ofSeconds(60);

	private static final Pattern HISTOGRAM_TOTAL = Pattern.compile("^Total\\s+(\\d+)\\s+(\\d+)\\s*$",
			Pattern.MULTILINE);

	private VaadinMemoryBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		if (PID == 0 || !BASE.startsWith("http://127.0.0.1:")) {
			throw new IllegalArgumentException(
					"Set -Dbench.pid=<application pid> and -Dbench.base=http://127.0.0.1:<port>");
		}
		var driver = Browsers.chromium(Language.ENGLISH);
		try {
			System.out.printf(Locale.ROOT,
					"Vaadin session memory, %s (pid %d), %d sessions per kind after %d to warm up%n", BASE, PID,
					SESSIONS, WARMUP);
			var empty = heap();
			System.out.println("before any session: " + empty);

			for (int i = 0; i < WARMUP; i++) {
				browse(driver);
				score(driver, SESSIONS + i);
			}
			var warm = heap();
			System.out.println("after warm-up:      " + warm);

			var started = System.nanoTime();
			for (int i = 0; i < SESSIONS; i++) {
				browse(driver);
			}
			var browsing = heap();
			System.out.printf(Locale.ROOT, "after %d visitors:  %s (%.0f s in the browser)%n", SESSIONS, browsing,
					(System.nanoTime() - started) / 1e9);
			System.out.printf(Locale.ROOT, "anonymous visitor browsing: %.1f kB per session%n",
					(browsing.bytes() - warm.bytes()) / 1024.0 / SESSIONS);

			started = System.nanoTime();
			for (int i = 0; i < SESSIONS; i++) {
				score(driver, i);
			}
			var scoring = heap();
			System.out.printf(Locale.ROOT, "after %d evaluators: %s (%.0f s in the browser)%n", SESSIONS, scoring,
					(System.nanoTime() - started) / 1e9);
			System.out.printf(Locale.ROOT, "signed-in evaluator scoring: %.1f kB per session%n",
					(scoring.bytes() - browsing.bytes()) / 1024.0 / SESSIONS);
		}
		finally {
			driver.quit();
		}
	}

	/** A new visitor: the list of challenges, a search, and a challenge's page. */
	private static void browse(ChromeDriver driver) {
		driver.manage().deleteAllCookies();
		driver.get(BASE + "/challenges");
		waitForVaadin(driver);
		var search = find(driver, "#challenge-search");
		search.sendKeys(SEARCH + "\n");
		new WebDriverWait(driver, TIMEOUT).until(d -> d.getCurrentUrl().contains("q=" + SEARCH));
		waitForVaadin(driver);
		if (driver.findElements(By.cssSelector(".challenge-card a")).isEmpty()) {
			throw new IllegalStateException("No challenge matches " + SEARCH + ": choose another -Dbench.search");
		}
		click(driver, ".challenge-card a");
		new WebDriverWait(driver, TIMEOUT).until(d -> d.getCurrentUrl().matches(".*/challenges/[A-Z]+-.*"));
		waitForVaadin(driver);
	}

	/**
	 * An evaluator of the volume data set (the second evaluator of an agency, who has
	 * proposals left to score in the challenges under evaluation): signs in, opens the
	 * list of evaluations, one with proposals still to score, a proposal, and saves
	 * points and a justification.
	 */
	private static void score(ChromeDriver driver, int agency) throws IOException {
		try {
			signInAndScore(driver, agency);
		}
		catch (RuntimeException e) {
			var page = Path.of("target", "bench", "vaadin-memory-failure.html");
			Files.createDirectories(page.getParent());
			Files.writeString(page, driver.getCurrentUrl() + "\n" + driver.getPageSource());
			throw new IllegalStateException("Scoring as evaluator-2 of agency " + agency + " failed; page in " + page,
					e);
		}
	}

	private static void signInAndScore(ChromeDriver driver, int agency) {
		driver.manage().deleteAllCookies();
		driver.get(BASE + "/evaluation");
		new WebDriverWait(driver, TIMEOUT).until(d -> d.getCurrentUrl().contains("/account/login"));
		find(driver, "#email").sendKeys("evaluator-2@agency-%03d.volume.example".formatted(agency));
		find(driver, "#password").sendKeys(PASSWORD);
		click(driver, "button[type=submit]");
		// Back from the provider on the page asked for, as a person would land: one UI
		// for the session.
		new WebDriverWait(driver, TIMEOUT)
			.until(d -> d.getCurrentUrl().contains("/evaluation") && !d.getCurrentUrl().contains("/account/"));
		waitForVaadin(driver);
		var task = new WebDriverWait(driver, TIMEOUT).ignoring(StaleElementReferenceException.class)
			.until(d -> d.findElements(By.cssSelector("#evaluation-tasks li"))
				.stream()
				.filter(item -> item.getText().contains("still to score"))
				.findFirst()
				.orElseThrow(
						() -> new IllegalStateException("evaluator-2 of agency " + agency + " has nothing to score")));
		click(driver, task.findElement(By.cssSelector("a")));
		waitForVaadin(driver);
		var proposals = new WebDriverWait(driver, TIMEOUT)
			.until(d -> d.findElements(By.cssSelector("#evaluation-proposals a")).isEmpty() ? null
					: d.findElements(By.cssSelector("#evaluation-proposals a")));
		click(driver, proposals.getLast());
		waitForVaadin(driver);
		new WebDriverWait(driver, TIMEOUT).ignoring(StaleElementReferenceException.class)
			.until(d -> !d.findElements(By.cssSelector("vaadin-radio-button")).isEmpty());
		var radios = driver.findElements(By.cssSelector("vaadin-radio-button"));
		if (!radios.isEmpty() && !driver.findElements(By.id("save-scores")).isEmpty()) {
			click(driver, radios.get(Math.min(3, radios.size() - 1)));
			var justification = find(driver, "vaadin-text-area textarea");
			justification.sendKeys("A concrete plan with measurable results and two references we could check.");
			click(driver, "#save-scores");
			waitForVaadin(driver);
		}
	}

	private static WebElement find(ChromeDriver driver, String css) {
		waitForVaadin(driver);
		return new WebDriverWait(driver, TIMEOUT).ignoring(StaleElementReferenceException.class)
			.until(d -> d.findElements(By.cssSelector(css))
				.stream()
				.filter(WebElement::isDisplayed)
				.findFirst()
				.orElse(null));
	}

	/**
	 * Clicks the first visible element matching the selector, finding it again if the
	 * view re-renders it.
	 */
	private static void click(ChromeDriver driver, String css) {
		waitForVaadin(driver);
		new WebDriverWait(driver, TIMEOUT).ignoring(StaleElementReferenceException.class).until(d -> {
			var element = d.findElements(By.cssSelector(css)).stream().filter(WebElement::isDisplayed).findFirst();
			element.ifPresent(found -> click(driver, found));
			return element.isPresent();
		});
	}

	private static void click(ChromeDriver driver, WebElement element) {
		new Browser(driver, BASE, TIMEOUT).click(element);
	}

	private static void waitForVaadin(ChromeDriver driver) {
		new Browser(driver, BASE, TIMEOUT).waitForVaadin();
	}

	/**
	 * The live heap after a full collection, with the number of Vaadin sessions and UIs
	 * in it.
	 */
	private static Heap heap() throws IOException, InterruptedException {
		jcmd("GC.run");
		var histogram = jcmd("GC.class_histogram");
		var total = HISTOGRAM_TOTAL.matcher(histogram);
		if (!total.find()) {
			throw new IllegalStateException("No total in the class histogram:\n" + histogram);
		}
		return new Heap(Long.parseLong(total.group(2)), instances(histogram, "com.vaadin.flow.server.VaadinSession"),
				instances(histogram, "com.vaadin.flow.component.UI"), load());
	}

	private static long instances(String histogram, String className) {
		return histogram.lines()
			.map(String::strip)
			.map(line -> line.split("\\s+"))
			.filter(columns -> columns.length >= 4 && columns[3].equals(className))
			.mapToLong(columns -> Long.parseLong(columns[1]))
			.sum();
	}

	private static String jcmd(String command) throws IOException, InterruptedException {
		var process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
				String.valueOf(PID), command)
			.redirectErrorStream(true)
			.start();
		var output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		if (process.waitFor() != 0) {
			throw new IllegalStateException("jcmd " + command + " failed:\n" + output);
		}
		return output;
	}

	private static String load() throws IOException {
		return String.join(" ", List.of(Files.readString(Path.of("/proc/loadavg")).split(" ")).subList(0, 3));
	}

	record Heap(long bytes, long sessions, long uis, String load) {

		@Override
		public String toString() {
			return String.format(Locale.ROOT, "live heap %.1f MB, %d VaadinSession, %d UI (load %s)", bytes / 1048576.0,
					sessions, uis, load);
		}

	}

}
