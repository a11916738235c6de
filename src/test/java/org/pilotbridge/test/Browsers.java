package org.pilotbridge.test;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import org.pilotbridge.shared.Language;

/**
 * Headless Chromium for browser tests: Debian's {@code /usr/bin/chromium} and
 * {@code /usr/bin/chromedriver} when installed, otherwise whatever Selenium Manager
 * resolves.
 */
public final class Browsers {

	private static final Path DEBIAN_CHROMIUM = Path.of("/usr/bin/chromium");

	private static final Path DEBIAN_CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	private Browsers() {
	}

	public static ChromeDriver chromium(Language language) {
		return chromium(language, Duration.ofSeconds(60));
	}

	/**
	 * A browser that waits up to the given time for a page to load: twenty browsers
	 * sharing two cores load a page far more slowly than one.
	 */
	public static ChromeDriver chromium(Language language, Duration pageLoadTimeout) {
		var options = new ChromeOptions();
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--disable-quic", "--window-size=1280,1024", "--lang=" + language.code());
		options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language.code()));
		if (Files.isExecutable(DEBIAN_CHROMIUM)) {
			options.setBinary(DEBIAN_CHROMIUM.toFile());
		}
		var driver = Files.isExecutable(DEBIAN_CHROMEDRIVER) ? new ChromeDriver(
				new ChromeDriverService.Builder().usingDriverExecutable(new File(DEBIAN_CHROMEDRIVER.toString()))
					.build(),
				options) : new ChromeDriver(options);
		driver.manage().timeouts().pageLoadTimeout(pageLoadTimeout).scriptTimeout(Duration.ofSeconds(30));
		return driver;
	}

}
