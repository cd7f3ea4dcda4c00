package org.sujarit.platform.testkit.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium from Debian's {@code chromium} and {@code chromium-driver} packages,
 * for browser tests. Nothing is downloaded: the binary and driver are found on the
 * machine ({@code bin/ensure-chromium} installs them), and the browser is started with
 * every background-networking feature off, because this machine refuses outside hosts.
 *
 * <p>
 * Each instance has a fresh profile that is deleted on {@link #close()}, so no cookie or
 * history leaks from one test to the next. {@link #withoutJavaScript()} starts a browser
 * with JavaScript disabled, as Tor Browser's "Safest" level does.
 */
public final class HeadlessChromium implements AutoCloseable {

	private static final Path SCREENSHOTS = Paths.get("target", "screenshots");

	private final ChromeDriver driver;

	private final Path profile;

	private final boolean javaScript;

	private HeadlessChromium(boolean javaScript) {
		this.javaScript = javaScript;
		try {
			this.profile = Files.createTempDirectory("sujarit-chromium-");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		ChromeOptions options = new ChromeOptions();
		options.setBinary(find("SUJARIT_CHROMIUM", "/usr/bin/chromium", "/usr/bin/chromium-browser").toString());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--disable-default-apps", "--disable-extensions", "--no-first-run", "--no-default-browser-check",
				"--window-size=1280,1000", "--lang=th-TH", "--user-data-dir=" + this.profile);
		if (!javaScript) {
			options.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
		}
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(
					find("SUJARIT_CHROMEDRIVER", "/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver").toFile())
			.usingAnyFreePort()
			.build();
		this.driver = new ChromeDriver(service, options);
		this.driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
		this.driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
	}

	/** A browser with JavaScript on, as most citizens and all staff use it. */
	public static HeadlessChromium withJavaScript() {
		return new HeadlessChromium(true);
	}

	/**
	 * A browser with JavaScript disabled, as Tor Browser's "Safest" security level runs.
	 */
	public static HeadlessChromium withoutJavaScript() {
		return new HeadlessChromium(false);
	}

	public WebDriver driver() {
		return this.driver;
	}

	public boolean javaScriptEnabled() {
		return this.javaScript;
	}

	public void open(String url) {
		this.driver.get(url);
	}

	public WebElement find(String cssSelector) {
		return this.driver.findElement(By.cssSelector(cssSelector));
	}

	/** Types into the field labelled by {@code <label for>} or found by name or id. */
	public void type(String nameOrId, CharSequence text) {
		WebElement field = field(nameOrId);
		field.clear();
		field.sendKeys(text);
	}

	public WebElement field(String nameOrId) {
		return this.driver.findElement(By.cssSelector("[name='" + nameOrId + "'], #" + nameOrId));
	}

	/** The visible text of the whole page. */
	public String text() {
		return this.driver.findElement(By.tagName("body")).getText();
	}

	public String currentUrl() {
		return this.driver.getCurrentUrl();
	}

	/**
	 * Waits up to 60 s for the page's text to contain {@code text}, reading again when
	 * the page is replaced while it is read.
	 * @param text what the page must show
	 */
	public void awaitText(String text) {
		new WebDriverWait(this.driver, Duration.ofSeconds(60)).ignoring(WebDriverException.class)
			.until((d) -> text().contains(text));
	}

	/**
	 * Clicks and waits (up to 60 s) until the browser has left the page the click was on,
	 * as a form post or a link does.
	 * @param element what to click
	 */
	public void clickAndAwaitNewPage(WebElement element) {
		WebElement page = this.driver.findElement(By.tagName("html"));
		element.click();
		new WebDriverWait(this.driver, Duration.ofSeconds(60)).until((d) -> gone(page));
	}

	// Chromium answers a node of a page being replaced with either error
	private static boolean gone(WebElement element) {
		try {
			element.isEnabled();
			return false;
		}
		catch (StaleElementReferenceException ex) {
			return true;
		}
		catch (WebDriverException ex) {
			if (ex.getMessage() != null && ex.getMessage().contains("does not belong to the document")) {
				return true;
			}
			throw ex;
		}
	}

	/** Runs a script; only in a browser with JavaScript on. */
	public Object script(String script, Object... args) {
		return ((JavascriptExecutor) this.driver).executeScript(script, args);
	}

	/**
	 * Runs axe-core's WCAG 2.0, 2.1 and 2.2 level A and AA rules (colour contrast,
	 * labels, names, landmarks, language, ...) on the current page, from the axe.min.js
	 * on the classpath. Needs a browser with JavaScript on: a page's own
	 * Content-Security-Policy does not stop a script the driver runs, so pages that ship
	 * no script are checked as they are.
	 * @return one line per violated rule: its id, impact, help text and up to three of
	 * the elements it found; empty when the page passes
	 */
	@SuppressWarnings("unchecked")
	public List<String> accessibilityViolations() {
		if (!this.javaScript) {
			throw new IllegalStateException("axe runs inside the page: open it in a browser with JavaScript on");
		}
		((JavascriptExecutor) this.driver).executeScript(axeScript());
		Object found = ((JavascriptExecutor) this.driver).executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				axe.run(document, { runOnly: { type: 'tag',
						values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'] },
						resultTypes: ['violations'] })
					.then((result) => done(result.violations.map((v) => v.id + ' (' + v.impact + '): ' + v.help
						+ ' at ' + v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', '))))
					.catch((error) => done(['axe failed: ' + error]));
				""");
		return List.copyOf((List<String>) found);
	}

	private static String axeScript() {
		try (InputStream in = HeadlessChromium.class.getResourceAsStream("/axe.min.js")) {
			if (in == null) {
				throw new IllegalStateException(
						"axe.min.js is not on the classpath (com.deque.html.axe-core:selenium)");
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Saves a full-window screenshot as {@code target/screenshots/<name>.png} of the
	 * module the test runs in, for a reviewer to look at.
	 * @return the file written
	 */
	public Path screenshot(String name) {
		try {
			Files.createDirectories(SCREENSHOTS);
			Path shot = this.driver.getScreenshotAs(OutputType.FILE).toPath();
			Path target = SCREENSHOTS.resolve(name.replaceAll("[^A-Za-z0-9._-]", "-") + ".png");
			Files.copy(shot, target, StandardCopyOption.REPLACE_EXISTING);
			return target;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void close() {
		try {
			this.driver.quit();
		}
		finally {
			deleteProfile();
		}
	}

	private void deleteProfile() {
		try (Stream<Path> files = Files.walk(this.profile)) {
			files.sorted(Comparator.reverseOrder()).forEach((file) -> file.toFile().delete());
		}
		catch (IOException ex) {
			// a profile left in /tmp is harmless; the next browser gets a new one
		}
	}

	private static Path find(String variable, String... candidates) {
		String configured = System.getenv(variable);
		if (configured != null && !configured.isBlank()) {
			return Paths.get(configured);
		}
		for (String candidate : candidates) {
			if (Files.isExecutable(Paths.get(candidate))) {
				return Paths.get(candidate);
			}
		}
		throw new IllegalStateException("Debian's chromium and chromium-driver are needed for the browser tests: "
				+ "run bin/ensure-chromium (apt-get install -y chromium chromium-driver), or set " + variable);
	}

}
