package org.sujarit.platform.testkit.browser;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whistleblower pages are proven to work without JavaScript only if the browser the
 * tests drive really runs none: this checks both modes against a page that rewrites
 * itself by script.
 */
class HeadlessChromiumIntegrationTests {

	private static HttpServer server;

	@BeforeAll
	static void serve() throws IOException {
		server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		server.createContext("/form", (exchange) -> {
			boolean labelled = exchange.getRequestURI().getQuery().endsWith("true");
			byte[] page = ("""
					<!doctype html><html lang="th"><head><meta charset="utf-8"><title>แบบฟอร์ม</title>
					<meta http-equiv="Content-Security-Policy" content="default-src 'none'"></head>
					<body><main><h1>แบบฟอร์ม</h1><form>%s<input id="name" name="name"></form></main></body></html>
					""".formatted(labelled ? "<label for=\"name\">ชื่อ</label>" : "")).getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
			exchange.sendResponseHeaders(200, page.length);
			exchange.getResponseBody().write(page);
			exchange.close();
		});
		server.createContext("/", (exchange) -> {
			byte[] page = """
					<!doctype html><html lang="th"><head><meta charset="utf-8"><title>ทดสอบ</title></head>
					<body><p id="mode">ไม่มีสคริปต์</p>
					<script>document.getElementById('mode').textContent = 'script ran';</script></body></html>
					""".getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
			exchange.sendResponseHeaders(200, page.length);
			exchange.getResponseBody().write(page);
			exchange.close();
		});
		server.start();
	}

	@AfterAll
	static void stop() {
		server.stop(0);
	}

	@Test
	void aBrowserWithoutJavaScriptRunsNoScript() {
		try (HeadlessChromium browser = HeadlessChromium.withoutJavaScript()) {
			browser.open(url());
			assertThat(browser.find("#mode").getText()).isEqualTo("ไม่มีสคริปต์");
			assertThat(browser.javaScriptEnabled()).isFalse();
		}
	}

	@Test
	void aBrowserWithJavaScriptRunsItAndSavesAScreenshot() {
		try (HeadlessChromium browser = HeadlessChromium.withJavaScript()) {
			browser.open(url());
			browser.awaitText("script ran");
			Path shot = browser.screenshot("headless-chromium-check");
			assertThat(shot).exists();
			assertThat(shot.toFile().length()).isGreaterThan(1000);
			assertThat(Files.isRegularFile(shot)).isTrue();
		}
	}

	@Test
	void axeFindsAnUnlabelledFieldAndPassesALabelledOne() {
		try (HeadlessChromium browser = HeadlessChromium.withJavaScript()) {
			browser.open(url() + "form?labelled=false");
			assertThat(browser.accessibilityViolations()).anyMatch((violation) -> violation.startsWith("label "));
			browser.open(url() + "form?labelled=true");
			assertThat(browser.accessibilityViolations()).isEmpty();
		}
	}

	private static String url() {
		return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
	}

}
