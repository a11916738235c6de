package org.pilotbridge.test;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.pilotbridge.shared.Language;

/**
 * One person's headless Chromium on the application, with the waits browser tests need:
 * every helper waits for a condition (Vaadin idle, an element, a text), none sleeps.
 * {@link BrowserTest} drives one; load tests and drills drive many at once, each with its
 * own browser process, cookies and session.
 */
public final class Browser implements AutoCloseable {

	public static final Duration TIMEOUT = Duration.ofSeconds(30);

	private static final String VAADIN_IDLE = """
			if (document.readyState !== 'complete') return false;
			if (!window.Vaadin) return true;
			const flow = window.Vaadin && window.Vaadin.Flow;
			if (!flow || !flow.clients || Object.keys(flow.clients).length === 0) return false;
			return Object.values(flow.clients).every(client => !client.isActive || !client.isActive());
			""";

	private static final String OVERLAYS_CLOSED = """
			const pickers = 'vaadin-date-picker[opened], vaadin-time-picker[opened], vaadin-combo-box[opened],'
				+ ' vaadin-multi-select-combo-box[opened], vaadin-select[opened], input[aria-expanded="true"]';
			if (document.querySelector(pickers)) return false;
			// A list that is closing is still shown until its animation ends.
			const lists = 'vaadin-time-picker-scroller, vaadin-combo-box-scroller, vaadin-multi-select-combo-box-scroller,'
				+ ' vaadin-date-picker-overlay-content';
			if ([...document.querySelectorAll(lists)].some(list => list.checkVisibility())) return false;
			return !document.querySelector('[data-aria-hidden]')
				|| !!document.querySelector('vaadin-dialog[opened], vaadin-confirm-dialog[opened]');
			""";

	private static final String CLOSE_PICKERS = """
			document.querySelectorAll('vaadin-date-picker[opened], vaadin-time-picker[opened]')
				.forEach(picker => picker.opened = false);
			document.activeElement?.blur();
			""";

	/** How long a picker may take to settle after the keys, before it is tried again. */
	private static final Duration SETTLING = Duration.ofSeconds(10);

	private static final DateTimeFormatter PICKER_VALUE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

	/**
	 * How an English-speaking officer in Belgium types a date: day first, never the US
	 * order.
	 */
	private static final DateTimeFormatter ENGLISH_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.UK);

	/**
	 * Finds elements matching a selector through every shadow root under the given root.
	 */
	private static final String DEEP_QUERY = """
			const deep = (root, selector) => {
			  const found = [...root.querySelectorAll(selector)];
			  if (root.shadowRoot) found.push(...deep(root.shadowRoot, selector));
			  for (const element of root.querySelectorAll('*')) {
			    if (element.shadowRoot) found.push(...deep(element.shadowRoot, selector));
			  }
			  return found;
			};
			""";

	private final ChromeDriver driver;

	private final String base;

	private final Duration timeout;

	private final AtomicBoolean closed = new AtomicBoolean();

	/**
	 * @param base the application's address without a trailing slash, such as
	 * {@code http://localhost:8080}
	 * @param timeout how long each wait lasts before it fails
	 */
	public Browser(ChromeDriver driver, String base, Duration timeout) {
		this.driver = driver;
		this.base = base;
		this.timeout = timeout;
	}

	/** A new browser process of its own, whose preferred language is the given one. */
	public static Browser start(String base, Language language, Duration timeout) {
		return new Browser(Browsers.chromium(language, timeout), base, timeout);
	}

	public ChromeDriver driver() {
		return driver;
	}

	public String url(String path) {
		return base + path;
	}

	/**
	 * Signs in with the built-in provider as a person made by {@link TestIdentities},
	 * landing on the welcome page.
	 */
	public void signIn(String email) {
		driver.manage().deleteAllCookies();
		openPage("/welcome");
		waitForUrl(url -> url.contains("/account/login"));
		type("#email", email);
		type("#password", TestIdentities.PASSWORD);
		click("button[type=submit]");
		waitForUrl(url -> url.contains("/welcome"));
		waitForVaadin();
	}

	/** Opens a view of the application and waits until Vaadin has rendered it. */
	public void open(String path) {
		driver.get(url(path));
		waitForVaadin();
	}

	/**
	 * Opens a page rendered on the server (the sign-in provider's pages), or any absolute
	 * address.
	 */
	public void openPage(String pathOrUrl) {
		driver.get(pathOrUrl.startsWith("http") ? pathOrUrl : url(pathOrUrl));
	}

	/** Types into a plain input or into the input inside a Vaadin field. */
	public void type(String cssSelector, String text) {
		WebElement element = waiting().until(d -> d.findElement(By.cssSelector(cssSelector)));
		type(element, text);
	}

	/**
	 * Types into the element if it is an input, else into the input inside it (a Vaadin
	 * field).
	 */
	public void type(WebElement element, String text) {
		var input = "input".equals(element.getTagName()) || "textarea".equals(element.getTagName()) ? element
				: element.findElement(By.cssSelector("input, textarea"));
		// As for clicks: the content scrolls in its own container, under a sticky header.
		driver.executeScript("arguments[0].scrollIntoView({block: 'center', inline: 'nearest'});", input);
		waiting().until(ExpectedConditions.elementToBeClickable(input));
		input.clear();
		input.sendKeys(text);
	}

	/** Waits until the address of the page satisfies the condition. */
	public void waitForUrl(Predicate<String> condition) {
		waiting().until(d -> condition.test(d.getCurrentUrl()));
	}

	/**
	 * Clicks the first visible element matching the selector whose text is the given one.
	 */
	public void clickText(String cssSelector, String text) {
		waiting().ignoring(StaleElementReferenceException.class)
			.until(d -> d.findElements(By.cssSelector(cssSelector))
				.stream()
				.filter(element -> element.isDisplayed() && element.getText().strip().equals(text))
				.findFirst()
				.map(element -> {
					click(element);
					return true;
				})
				.orElse(false));
	}

	/**
	 * Clicks the element matching the selector, once it is scrolled to the middle of the
	 * screen.
	 */
	public void click(String cssSelector) {
		click($(cssSelector));
	}

	/**
	 * Answers yes to the question an irreversible action asks first
	 * ({@code shared.ui.Confirmation}), once it is open, and waits until it has closed.
	 */
	public void confirm() {
		waiting().until(d -> !d.findElements(By.id("confirm-action")).isEmpty()
				&& d.findElement(By.id("confirm-action")).isDisplayed());
		click("#confirm-action");
		waiting().until(d -> d.findElements(By.id("confirm-action")).isEmpty());
	}

	/**
	 * Waits until no notification is fading in or out: a half-transparent notification is
	 * not what anybody reads, and its colours would fail an accessibility audit's
	 * contrast rule.
	 */
	public void waitForNotificationsToSettle() {
		new WebDriverWait(driver, timeout).until(d -> d
			.findElements(By.cssSelector("vaadin-notification-card[opening], vaadin-notification-card[closing]"))
			.isEmpty());
	}

	/**
	 * Waits until no drop-down or calendar is open, opening or closing: while one is, it
	 * hides the rest of the page from assistive technology, which an accessibility audit
	 * would report. A modal dialog hides the rest on purpose, and is left open.
	 */
	public void waitForOverlaysToClose() {
		waiting().until(d -> (Boolean) ((JavascriptExecutor) d).executeScript(OVERLAYS_CLOSED));
	}

	/**
	 * Types a date into a Vaadin date picker, as an English-speaking user does (day
	 * first), and waits until the picker holds the value and its calendar has closed. On
	 * a busy machine the calendar may open after the key that should have closed it;
	 * then, as a person would, it closes the calendar and, if the date did not take,
	 * types it again.
	 */
	public void date(String cssSelector, LocalDate value) {
		var expected = value.toString();
		for (int attempt = 1;; attempt++) {
			var picker = $(cssSelector);
			var input = picker.findElement(By.cssSelector("input"));
			// Enter commits the date typed and closes the calendar (Tab would move into
			// an open calendar).
			input.sendKeys(Keys.chord(Keys.CONTROL, "a"), value.format(ENGLISH_DATE), Keys.ENTER);
			if (settles(picker, expected)) {
				return;
			}
			driver.executeScript(CLOSE_PICKERS);
			if (settles(picker, expected)) {
				return;
			}
			if (attempt == 3) {
				throw new AssertionError("The date picker " + cssSelector + " holds '" + picker.getDomProperty("value")
						+ "' instead of '" + expected + "', or its calendar stays open");
			}
		}
	}

	private boolean settles(WebElement picker, String expected) {
		try {
			new WebDriverWait(driver, SETTLING).until(d -> expected.equals(picker.getDomProperty("value"))
					&& (Boolean) ((JavascriptExecutor) d).executeScript(OVERLAYS_CLOSED));
			waitForVaadin();
			return true;
		}
		catch (org.openqa.selenium.TimeoutException notSettled) {
			return false;
		}
	}

	/**
	 * Types a date and a time into a Vaadin date-time picker, as an English-speaking user
	 * does (day first), and waits until the picker holds the value and the calendar and
	 * the list of times have closed. On a busy machine a list may open after the key that
	 * should have closed it, or a key may come before the field takes it; then, as a
	 * person would, it closes what is open and types again.
	 */
	public void dateTime(String cssSelector, LocalDateTime value) {
		var expected = value.format(PICKER_VALUE);
		for (int attempt = 1;; attempt++) {
			var picker = $(cssSelector);
			var date = picker.findElement(By.cssSelector("vaadin-date-picker input"));
			date.sendKeys(Keys.chord(Keys.CONTROL, "a"), value.format(ENGLISH_DATE), Keys.ENTER);
			// Typing into the time field closes the calendar, if Enter left it open.
			var time = picker.findElement(By.cssSelector("vaadin-time-picker input"));
			// Leaving the field commits the time typed; Enter could come before the list
			// of times opens.
			time.sendKeys(Keys.chord(Keys.CONTROL, "a"), value.format(DateTimeFormatter.ofPattern("HH:mm")), Keys.TAB);
			try {
				new WebDriverWait(driver, SETTLING).until(d -> expected.equals(picker.getDomProperty("value"))
						&& (Boolean) ((JavascriptExecutor) d).executeScript(OVERLAYS_CLOSED));
				waitForVaadin();
				return;
			}
			catch (org.openqa.selenium.TimeoutException notSettled) {
				if (attempt == 3) {
					throw new AssertionError("The date-time picker " + cssSelector + " holds '"
							+ picker.getDomProperty("value") + "' instead of '" + expected + "', or a list stays open",
							notSettled);
				}
				driver.executeScript(CLOSE_PICKERS);
			}
		}
	}

	/**
	 * Clicks the element after scrolling it to the middle of the screen: in the
	 * application layout the content scrolls inside its own container, and the sticky
	 * header may otherwise cover the element.
	 */
	public void click(WebElement element) {
		driver.executeScript("arguments[0].scrollIntoView({block: 'center', inline: 'nearest'});", element);
		waiting().until(ExpectedConditions.elementToBeClickable(element)).click();
	}

	public void waitForVaadin() {
		waiting().until(d -> (Boolean) ((JavascriptExecutor) d).executeScript(VAADIN_IDLE));
	}

	public WebElement $(String cssSelector) {
		waitForVaadin();
		return waiting().until(d -> d.findElement(By.cssSelector(cssSelector)));
	}

	public List<WebElement> $$(String cssSelector) {
		waitForVaadin();
		return driver.findElements(By.cssSelector(cssSelector));
	}

	/**
	 * Waits until the first element matching the selector shows the text, across page
	 * reloads.
	 */
	public void waitForText(String cssSelector, String text) {
		waiting().ignoring(StaleElementReferenceException.class)
			.until(d -> d.findElements(By.cssSelector(cssSelector))
				.stream()
				.findFirst()
				.map(element -> element.getText().equals(text))
				.orElse(false));
	}

	/** Waits until some visible element matching the selector contains the text. */
	public void waitForTextContaining(String cssSelector, String text) {
		waitForTextContaining(cssSelector, text, timeout);
	}

	/**
	 * As above, for answers that take longer than a page should, such as during a
	 * database outage.
	 */
	public void waitForTextContaining(String cssSelector, String text, Duration timeout) {
		new WebDriverWait(driver, timeout).ignoring(StaleElementReferenceException.class)
			.until(d -> d.findElements(By.cssSelector(cssSelector))
				.stream()
				.anyMatch(element -> element.isDisplayed() && element.getText().contains(text)));
	}

	/**
	 * Waits until the element's text contains the text, wherever the element is on the
	 * page: Selenium reads only the text of what is in view, a long form is longer than
	 * the window.
	 */
	public void waitForContent(String cssSelector, String text) {
		waiting().until(d -> content(cssSelector).contains(text));
	}

	/**
	 * The whole text of the first element matching the selector, in view or not; empty if
	 * there is none.
	 */
	public String content(String cssSelector) {
		var content = driver.executeScript(
				"const e = document.querySelector(arguments[0]); return e ? e.textContent : '';", cssSelector);
		return content == null ? "" : content.toString();
	}

	/**
	 * The texts of the error notifications on screen. The application's errors stay until
	 * closed ({@code shared.ui.Notifications}), so none is missed between two looks.
	 */
	public List<String> errorNotifications() {
		return driver.findElements(By.cssSelector("vaadin-notification-card[theme~=error]"))
			.stream()
			.map(WebElement::getText)
			.toList();
	}

	/**
	 * Chooses the file in the file input of the Vaadin upload matching the selector,
	 * which starts the upload.
	 */
	public void upload(String uploadSelector, Path file) {
		var input = (WebElement) driver.executeScript(
				DEEP_QUERY + "return deep(document.querySelector(arguments[0]), 'input[type=file]')[0];",
				uploadSelector);
		input.sendKeys(file.toAbsolutePath().toString());
	}

	/**
	 * Runs the script with {@code deep(root, selector)} defined, which searches through
	 * shadow roots.
	 */
	public Object deepScript(String script, Object... arguments) {
		return driver.executeScript(DEEP_QUERY + script, arguments);
	}

	public WebDriverWait waiting() {
		return new WebDriverWait(driver, timeout);
	}

	/** Quits the browser, once: a drill may close it under a person still using it. */
	@Override
	public void close() {
		if (closed.compareAndSet(false, true)) {
			driver.quit();
		}
	}

}
