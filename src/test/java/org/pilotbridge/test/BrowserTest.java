package org.pilotbridge.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import org.pilotbridge.shared.Language;

/**
 * Base of browser tests: the application on a random port in production mode (failsafe
 * runs after the production build), headless Chromium, waits on Vaadin being idle instead
 * of sleeping, an axe-core audit, and a screenshot plus page source under
 * {@code target/screenshots} when a test fails. One English browser serves all tests of
 * the JVM; each test starts without cookies, hence with a new session.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(BrowserTest.ScreenshotOnFailure.class)
public abstract class BrowserTest {

	@LocalServerPort
	protected int port;

	private static @Nullable ChromeDriver sharedBrowser;

	protected ChromeDriver driver;

	private boolean ownBrowser;

	@BeforeEach
	void startWithoutCookies() {
		driver = sharedBrowser();
		ownBrowser = false;
		driver.get("http://localhost:" + port + "/images/favicon.svg");
		driver.manage().deleteAllCookies();
	}

	@AfterEach
	void closeOwnBrowser() {
		if (ownBrowser) {
			driver.quit();
		}
	}

	/** Continues with a browser of its own whose preferred language is the given one. */
	protected void useBrowserIn(Language language) {
		driver = Browsers.chromium(language);
		ownBrowser = true;
	}

	private static synchronized ChromeDriver sharedBrowser() {
		if (sharedBrowser == null) {
			var browser = Browsers.chromium(Language.ENGLISH);
			Runtime.getRuntime().addShutdownHook(new Thread(browser::quit));
			sharedBrowser = browser;
		}
		return sharedBrowser;
	}

	@DynamicPropertySource
	static void mailServer(DynamicPropertyRegistry properties) {
		TestMail.register(properties);
	}

	protected String url(String path) {
		return "http://localhost:" + port + path;
	}

	/** The helpers of {@link Browser} on this test's current browser. */
	protected Browser browser() {
		return new Browser(driver, url(""), Browser.TIMEOUT);
	}

	/**
	 * Signs in with the built-in provider as a person made by {@link TestIdentities},
	 * landing on the welcome page.
	 */
	protected void signIn(String email) {
		browser().signIn(email);
	}

	/** Opens a view of the application and waits until Vaadin has rendered it. */
	protected void open(String path) {
		browser().open(path);
	}

	/**
	 * Opens a page rendered on the server (the sign-in provider's pages), or any absolute
	 * address.
	 */
	protected void openPage(String pathOrUrl) {
		browser().openPage(pathOrUrl);
	}

	/** Types into a plain input or into the input inside a Vaadin field. */
	protected void type(String cssSelector, String text) {
		browser().type(cssSelector, text);
	}

	/** Waits until the address of the page satisfies the condition. */
	protected void waitForUrl(Predicate<String> condition) {
		browser().waitForUrl(condition);
	}

	/**
	 * Clicks the first visible element matching the selector whose text is the given one.
	 */
	protected void clickText(String cssSelector, String text) {
		browser().clickText(cssSelector, text);
	}

	/**
	 * Clicks the element matching the selector, once it is scrolled to the middle of the
	 * screen.
	 */
	protected void click(String cssSelector) {
		browser().click(cssSelector);
	}

	/**
	 * Clicks the element once it is scrolled to the middle of the screen (see
	 * {@link Browser#click(WebElement)}).
	 */
	protected void click(WebElement element) {
		browser().click(element);
	}

	protected void waitForVaadin() {
		browser().waitForVaadin();
	}

	protected WebElement $(String cssSelector) {
		return browser().$(cssSelector);
	}

	protected List<WebElement> $$(String cssSelector) {
		return browser().$$(cssSelector);
	}

	/**
	 * Waits until the first element matching the selector shows the text, across page
	 * reloads.
	 */
	protected void waitForText(String cssSelector, String text) {
		browser().waitForText(cssSelector, text);
	}

	/** Waits until some visible element matching the selector contains the text. */
	protected void waitForTextContaining(String cssSelector, String text) {
		browser().waitForTextContaining(cssSelector, text);
	}

	/**
	 * As above, for answers that take longer than a page should, such as during a
	 * database outage.
	 */
	protected void waitForTextContaining(String cssSelector, String text, Duration timeout) {
		browser().waitForTextContaining(cssSelector, text, timeout);
	}

	protected void dateTime(String cssSelector, LocalDateTime value) {
		browser().dateTime(cssSelector, value);
	}

	/**
	 * Audits the page once Vaadin is idle, no notification is fading in or out and no
	 * overlay is closing: a half-transparent notification is not what anybody reads, and
	 * its colours would fail the contrast rule.
	 */
	protected void assertAccessible() {
		AccessibilityAudit.assertNoSeriousViolations(driver, () -> {
			waitForVaadin();
			browser().waitForNotificationsToSettle();
			browser().waitForOverlaysToClose();
		});
	}

	static class ScreenshotOnFailure implements AfterTestExecutionCallback {

		@Override
		public void afterTestExecution(ExtensionContext context) {
			if (context.getExecutionException().isEmpty()
					|| !(context.getRequiredTestInstance() instanceof BrowserTest test) || test.driver == null) {
				return;
			}
			try {
				var directory = Files.createDirectories(Path.of("target", "screenshots"));
				var name = context.getRequiredTestClass().getSimpleName() + "-"
						+ context.getDisplayName().replaceAll("[^A-Za-z0-9_-]+", "_");
				WebDriver driver = test.driver;
				Files.write(directory.resolve(name + ".png"), test.driver.getScreenshotAs(OutputType.BYTES));
				Files.writeString(directory.resolve(name + ".html"), driver.getPageSource());
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}

	}

}
