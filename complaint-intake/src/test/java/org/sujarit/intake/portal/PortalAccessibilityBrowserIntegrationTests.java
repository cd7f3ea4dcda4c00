package org.sujarit.intake.portal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.sujarit.intake.IntakeIntegrationTest;
import org.sujarit.platform.testkit.browser.HeadlessChromium;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every portal page, in Thai and in English, with its error and answer states, passes
 * axe-core's WCAG 2.2 level A and AA rules (contrast, labels, names, landmarks, language)
 * in a real browser. The whistleblower pages ship no script; axe is run by the driver, so
 * they are checked as a Tor Browser user gets them.
 */
class PortalAccessibilityBrowserIntegrationTests extends IntakeIntegrationTest {

	@LocalServerPort
	private int port;

	@Test
	void everyPortalPageMeetsWcag22LevelAA() {
		Map<String, List<String>> violations = new LinkedHashMap<>();
		try (HeadlessChromium browser = HeadlessChromium.withJavaScript()) {
			for (String lang : List.of("th", "en")) {
				check(browser, violations, "/?lang=" + lang);
				check(browser, violations, "/complaints/new?lang=" + lang);
				browser.find("main form button[type=submit]").click();
				browser.awaitText(lang.equals("th") ? "กรุณาแก้ไข" : "Please correct");
				record(browser, violations, "complaint form with errors (" + lang + ")");

				new Select(browser.field("category")).selectByValue("ROADS");
				browser.type("subject", "Pothole / หลุมบนถนน");
				browser.type("description", "A deep pothole in front of the market / หลุมลึกหน้าตลาด");
				browser.find("main form button[type=submit]").click();
				browser.awaitText("SJ-");
				String code = browser.find("#tracking-code").getText();
				record(browser, violations, "complaint filed (" + lang + ")");
				check(browser, violations, "/complaints/status?code=" + code + "&lang=" + lang);
				check(browser, violations, "/complaints/status?code=SJ-00000-00000&lang=" + lang);

				check(browser, violations, "/whistleblower?lang=" + lang);
				check(browser, violations, "/whistleblower/report?lang=" + lang);
				new Select(browser.field("category")).selectByValue("BRIBERY");
				browser.type("narrative", "An official asked for 20,000 baht / เจ้าหน้าที่เรียกเงิน 20,000 บาท");
				browser.find("#disclosure-ANONYMOUS").click();
				browser.find("main form button[type=submit]").click();
				browser.awaitText(lang.equals("th") ? "จดรหัสรับแจ้ง" : "write your receipt down");
				List<String> groups = browser.driver()
					.findElements(By.cssSelector(".receipt-group"))
					.stream()
					.map((group) -> group.getText())
					.toList();
				assertThat(groups).hasSize(5);
				record(browser, violations, "receipt (" + lang + ")");

				check(browser, violations, "/whistleblower/follow-up?lang=" + lang);
				browser.type("receipt", String.join("", groups));
				browser.find("main form button[type=submit]").click();
				browser.awaitText(lang.equals("th") ? "ลำดับเหตุการณ์" : "Timeline");
				record(browser, violations, "follow-up (" + lang + ")");
			}
		}
		assertThat(violations).as("WCAG 2.2 A/AA violations per page").isEmpty();
	}

	private void check(HeadlessChromium browser, Map<String, List<String>> violations, String path) {
		browser.open("http://localhost:" + this.port + path);
		record(browser, violations, path);
	}

	private static void record(HeadlessChromium browser, Map<String, List<String>> violations, String page) {
		List<String> found = browser.accessibilityViolations();
		if (!found.isEmpty()) {
			violations.put(page, found);
		}
	}

}
