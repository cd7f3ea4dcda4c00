package org.sujarit.intake.portal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.sujarit.intake.IntakeIntegrationTest;
import org.sujarit.intake.photo.TestPhotos;
import org.sujarit.platform.events.CaseChange;
import org.sujarit.platform.events.CaseStatus;
import org.sujarit.platform.events.CaseStatusChanged;
import org.sujarit.platform.events.Category;
import org.sujarit.platform.events.Channel;
import org.sujarit.platform.events.ComplaintPhotoAttached;
import org.sujarit.platform.events.EventType;
import org.sujarit.platform.events.SlaStanding;
import org.sujarit.platform.events.Topics;
import org.sujarit.platform.testkit.Infrastructure;
import org.sujarit.platform.testkit.LogCapture;
import org.sujarit.platform.testkit.TopicReader;
import org.sujarit.platform.testkit.TopicWriter;
import org.sujarit.platform.testkit.browser.HeadlessChromium;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The portal in a real browser (Debian's headless Chromium): a citizen files a general
 * complaint and follows it; a whistleblower with JavaScript disabled reports anonymously,
 * keeps the receipt, follows up with it, replies and sends evidence, and neither a URL
 * nor a cookie ever holds the receipt. Screenshots of every main page go to
 * {@code target/screenshots/portal-*.png}.
 */
class PortalBrowserIntegrationTests extends IntakeIntegrationTest {

	// a 1x1 transparent PNG
	private static final byte[] PNG = Base64.getDecoder()
		.decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

	@LocalServerPort
	private int port;

	@Test
	void aCitizenFilesAComplaintAndFollowsItOnTheStatusPage(Infrastructure infrastructure) throws Exception {
		try (HeadlessChromium browser = tall(HeadlessChromium.withJavaScript())) {
			browser.open(url("/"));
			assertThat(browser.driver().findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("th");
			assertThat(browser.text()).contains("ร้องเรียนทั่วไปและข้อเสนอแนะ")
				.contains("ฝ่ายนิติการ")
				.contains("15 วัน");
			browser.screenshot("portal-home");

			browser.find("main a[href*='/complaints/new']").click();
			awaitText(browser, "กรอกข้อมูลให้ครบในช่องที่จำเป็น");
			// keyboard first: the skip link is the first thing Tab reaches
			browser.find("body").sendKeys(Keys.TAB);
			assertThat(browser.driver().switchTo().activeElement().getAttribute("class")).isEqualTo("skip-link");

			// sent empty: the errors are summarised on top, linked to their fields
			browser.find("main form button[type=submit]").click();
			awaitText(browser, "กรุณาแก้ไขข้อมูลต่อไปนี้");
			assertThat(browser.find(".error-summary a[href='#subject']").getText()).contains("กรุณากรอกช่องนี้");
			assertThat(browser.field("subject").getAttribute("aria-describedby")).contains("subject-error");
			assertThat(browser.find("#subject-error").getText()).contains("กรุณากรอกช่องนี้");
			browser.screenshot("portal-complaint-form-errors");
			browser.find(".error-summary a[href='#subject']").click();
			assertThat(browser.driver().switchTo().activeElement().getAttribute("id")).isEqualTo("subject");

			new Select(browser.field("category")).selectByValue("STREET_LIGHTING");
			browser.type("subject", "ไฟถนนดับทั้งซอย");
			browser.type("description", "ไฟฟ้าสาธารณะในซอยวัดใหม่ดับมาหนึ่งสัปดาห์ มืดมากตอนกลางคืน");
			browser.type("location.address", "ซอยวัดใหม่ ถนนเทศบาล 3");
			browser.type("complainant.email", "citizen@example.org");
			// a photo with its author in a text chunk: it arrives without it
			Path photo = Files.createTempFile("street-light-", ".png");
			Files.write(photo, TestPhotos.pngWithText());
			browser.field("photo").sendKeys(photo.toAbsolutePath().toString());
			browser.screenshot("portal-complaint-form");
			browser.find("main form button[type=submit]").click();

			awaitText(browser, "ได้รับเรื่องร้องเรียนของท่านแล้ว");
			String code = browser.find("#tracking-code").getText();
			assertThat(code).matches("SJ-[0-9A-Z]{5}-[0-9A-Z]{5}");
			assertThat(browser.find("#respond-by").getText()).matches("\\d{1,2} [ก-๙]+ 25\\d\\d");
			browser.screenshot("portal-complaint-done");
			ComplaintPhotoAttached sent = await().atMost(WAIT)
				.until(() -> TopicReader.readAll(infrastructure.kafkaBootstrapServers(), Topics.COMPLAINT_PHOTOS)
					.stream()
					.filter((record) -> code.equals(record.key()))
					.map((record) -> this.codec.decode(EventType.COMPLAINT_PHOTO_ATTACHED, record.value()).data())
					.findFirst()
					.orElse(null), (found) -> found != null);
			assertThat(sent.contentType()).isEqualTo("image/png");
			assertThat(TestPhotos.contains(Base64.getDecoder().decode(sent.contentBase64()), TestPhotos.OWNER))
				.isFalse();
			Files.delete(photo);

			String message = "ทีมช่างไฟฟ้าจะเข้าซ่อมภายในวันพรุ่งนี้";
			publishStatus(code, Channel.WEB, 2, CaseStatus.IN_PROGRESS, CaseStatus.RECEIVED,
					Instant.now().plus(Duration.ofDays(15)), message);
			browser.find("#follow-link").click();
			awaitText(browser, "ติดตามเรื่องร้องเรียน");
			await().atMost(WAIT).untilAsserted(() -> {
				browser.driver().navigate().refresh();
				assertThat(browser.text()).contains(message);
			});
			assertThat(browser.find("#current-status").getText()).isEqualTo(CaseStatus.IN_PROGRESS.thaiName());
			assertThat(browser.find("#respond-by").getText()).matches("\\d{1,2} [ก-๙]+ 25\\d\\d");
			browser.screenshot("portal-status");

			// the due date moves, with the reason shown to the citizen
			String reason = "ต้องรออะไหล่หลอดไฟจากผู้ขาย";
			Instant now = Instant.now();
			CaseStatusChanged extended = new CaseStatusChanged(code, 3, Category.STREET_LIGHTING, Channel.WEB,
					"PUBLIC_WORKS", CaseStatus.IN_PROGRESS, CaseStatus.IN_PROGRESS, now.minusSeconds(60),
					now.plus(Duration.ofDays(25)), now, reason, CaseChange.EXTENDED, SlaStanding.EXTENDED);
			try (TopicWriter writer = TopicWriter.connect(infrastructure.kafkaBootstrapServers())) {
				writer.send(Topics.CASE_STATUS, code, this.codec.encode(EventType.CASE_STATUS_CHANGED,
						UUID.randomUUID().toString(), code, now, extended));
			}
			await().atMost(WAIT).untilAsserted(() -> {
				browser.driver().navigate().refresh();
				assertThat(browser.text()).contains(reason);
			});
			assertThat(browser.text()).contains("ขยายเวลาดำเนินการ").contains("เหตุผลที่ขยายเวลา");
			browser.screenshot("portal-status-extended");

			browser.find(".lang-switch").click();
			awaitText(browser, "Follow a complaint");
			assertThat(browser.driver().findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
			assertThat(browser.find("#current-status").getText()).isEqualTo("In progress");
			assertThat(browser.find("#respond-by").getText()).matches("\\d{1,2} [A-Z][a-z]+ 20\\d\\d");
			assertThat(browser.text()).contains(code).contains(message).contains("More time needed");
			browser.screenshot("portal-status-en");
			assertThat(browser.driver().manage().getCookies()).isEmpty();
		}
	}

	@Test
	void aWhistleblowerWithoutJavaScriptReportsFollowsUpRepliesAndSendsEvidenceWithoutTheReceiptInAnyUrl()
			throws IOException {
		Path photo = Files.createTempFile("evidence-", ".png");
		Files.write(photo, PNG);
		List<String> urls = new ArrayList<>();
		try (LogCapture logs = new LogCapture().start();
				HeadlessChromium browser = tall(HeadlessChromium.withoutJavaScript())) {
			browser.open(url("/whistleblower"));
			urls.add(browser.currentUrl());
			assertThat(browser.text()).contains("Tor Browser").contains("ที่ทำงาน").contains("รหัสรับแจ้ง");
			assertThat(browser.find(".wb-banner").getText()).contains("ช่องทางแจ้งเบาะแสการทุจริต");
			browser.screenshot("portal-whistleblower-notice");

			browser.find("#to-report").click();
			awaitText(browser, "แบบฟอร์มแจ้งเบาะแสการทุจริต");
			urls.add(browser.currentUrl());
			new Select(browser.field("category")).selectByValue("BRIBERY");
			browser.type("narrative", "เจ้าหน้าที่กองช่างเรียกเงิน 20,000 บาทเพื่อเร่งออกใบอนุญาตก่อสร้าง");
			browser.find("#disclosure-ANONYMOUS").click();
			browser.screenshot("portal-whistleblower-form");
			browser.find("main form button[type=submit]").click();

			awaitText(browser, "จดรหัสรับแจ้งของท่านตอนนี้");
			urls.add(browser.currentUrl());
			List<String> groups = browser.driver()
				.findElements(By.cssSelector(".receipt-group"))
				.stream()
				.map(WebElement::getText)
				.toList();
			assertThat(groups).hasSize(5).allMatch((group) -> group.matches("\\d{4}"));
			String receipt = String.join(" ", groups);
			assertThat(browser.text()).contains("ระบบแสดงรหัสนี้เพียงครั้งเดียว").contains("ไม่ระบุตัวตน");
			browser.screenshot("portal-whistleblower-receipt");

			browser.find("#written").click();
			awaitText(browser, "ติดตามเรื่องแจ้งเบาะแส");
			urls.add(browser.currentUrl());
			assertThat(browser.field("receipt").getAttribute("autocomplete")).isEqualTo("off");
			browser.type("receipt", receipt);
			browser.find("main form button[type=submit]").click();
			awaitText(browser, "ลำดับเหตุการณ์และข้อความ");
			urls.add(browser.currentUrl());
			assertThat(browser.find("#current-status").getText()).isEqualTo(CaseStatus.RECEIVED.thaiName());
			assertThat(browser.find("#respond-by").getText()).matches("\\d{1,2} [ก-๙]+ 25\\d\\d");
			browser.screenshot("portal-whistleblower-follow-up");

			browser.type("message", "มีใบเสร็จที่ไม่ได้ออกให้ด้วย จะส่งรูปถ่ายให้");
			browser.find("form[action$='/follow-up/message'] button[type=submit]").click();
			awaitText(browser, "ข้อความของท่านถูกปิดผนึกแล้ว");
			urls.add(browser.currentUrl());
			assertThat(browser.find("#pending").getText()).contains("ข้อความ");

			browser.field("file").sendKeys(photo.toAbsolutePath().toString());
			browser.find("form[action$='/follow-up/evidence'] button[type=submit]").click();
			awaitText(browser, "ไฟล์ของท่านถูกปิดผนึกแล้ว");
			urls.add(browser.currentUrl());
			assertThat(browser.find("#accepted").getText()).contains("ได้รับแล้ว");
			assertThat(browser.driver().findElements(By.cssSelector("#pending li"))).hasSize(2);
			browser.screenshot("portal-whistleblower-follow-up-sent");

			// the language switch re-posts the receipt in a hidden field
			browser.find(".lang-form button").click();
			awaitText(browser, "Timeline and messages");
			urls.add(browser.currentUrl());
			assertThat(browser.find("#current-status").getText()).isEqualTo("Received");
			assertThat(browser.find("#respond-by").getText()).matches("\\d{1,2} [A-Z][a-z]+ 20\\d\\d");

			assertThat(browser.driver().manage().getCookies()).isEmpty();
			String digits = receipt.replace(" ", "");
			assertThat(logs.lines()).noneMatch((line) -> line.contains(digits) || line.contains(receipt));
			assertThat(urls).hasSize(8)
				.allSatisfy((url) -> assertThat(url).startsWith(url("/"))
					.doesNotContain(digits)
					.doesNotContain(groups.get(0) + "%20")
					.doesNotContain(groups.get(0) + "+")
					.doesNotContain("receipt"));
		}
		finally {
			Files.deleteIfExists(photo);
		}
	}

	private static void awaitText(HeadlessChromium browser, String text) {
		browser.awaitText(text);
	}

	// screenshots are of the window: tall enough for whole pages
	private static HeadlessChromium tall(HeadlessChromium browser) {
		browser.driver().manage().window().setSize(new Dimension(1280, 2200));
		return browser;
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
