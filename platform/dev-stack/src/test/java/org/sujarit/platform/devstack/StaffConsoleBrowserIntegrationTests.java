package org.sujarit.platform.devstack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Base64;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.sujarit.platform.events.CaseStatus;
import org.sujarit.platform.testkit.Infrastructure;
import org.sujarit.platform.testkit.SujaritIntegrationTest;
import org.sujarit.platform.testkit.browser.HeadlessChromium;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The staff console in a real browser (Debian's headless Chromium) on the whole system: a
 * citizen files on the portal with a photo and follows each step on the status page;
 * staff sign in through staff-sign-in's login page, work that complaint to resolution,
 * run into a stale edit, request and approve an identity disclosure, and record a phone
 * complaint; every console page passes axe's WCAG 2.2 A/AA rules. Screenshots of every
 * main page are saved under {@code target/screenshots/}.
 */
@SujaritIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StaffConsoleBrowserIntegrationTests {

	private static final Duration PATIENCE = Duration.ofSeconds(60);

	// a 1x1 transparent PNG
	private static final byte[] PNG = Base64.getDecoder()
		.decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

	private final HttpClient http = HttpClient.newHttpClient();

	private final JsonMapper json = JsonMapper.builder().build();

	private ServiceStack stack;

	@BeforeAll
	void startSystem(Infrastructure infrastructure) throws IOException {
		Path keys = Files.createTempDirectory("sujarit-console-keys");
		Map<Service, Integer> ports = new EnumMap<>(Service.class);
		for (Service service : Service.values()) {
			ports.put(service, 0);
		}
		// real staff sign-in tokens: the console signs in at staff-sign-in
		this.stack = ServiceStack.start(new ServiceStack.Settings(infrastructure.kafkaBootstrapServers(),
				infrastructure.mongoUri(), keys, 1025, ports, Map.of()));
	}

	@AfterAll
	void stopSystem() {
		if (this.stack != null) {
			this.stack.close();
		}
	}

	@Test
	void aCitizenFilesOnThePortalAndAnOfficerWorksItToResolutionStepByStep() throws Exception {
		Path photo = Files.createTempFile("street-light-", ".png");
		Files.write(photo, PNG);
		try (HeadlessChromium officer = HeadlessChromium.withoutJavaScript();
				HeadlessChromium head = HeadlessChromium.withoutJavaScript();
				HeadlessChromium citizen = HeadlessChromium.withoutJavaScript()) {
			// the citizen files on the portal, with a photo
			citizen.driver().manage().window().setSize(new Dimension(1280, 2200));
			citizen.open(this.stack.url(Service.COMPLAINT_INTAKE) + "/complaints/new");
			new Select(citizen.field("category")).selectByValue("ROADS");
			citizen.type("subject", "ไฟทางดับ ถนนเทศบาล 5");
			citizen.type("description", "เสาไฟหน้าโรงเรียนดับมาหนึ่งสัปดาห์");
			citizen.field("photo").sendKeys(photo.toAbsolutePath().toString());
			clickAndWait(citizen, citizen.find("main form button[type=submit]"));
			awaitText(citizen, "ได้รับเรื่องร้องเรียนของท่านแล้ว");
			String code = citizen.find("#tracking-code").getText();
			String statusPage = this.stack.url(Service.COMPLAINT_INTAKE) + "/complaints/status?code=" + code;
			awaitOnPage(citizen, statusPage, CaseStatus.RECEIVED.thaiName());
			signIn(officer, "officer.works", "console/queue", true);
			// filtered by category, as an officer with a long queue would: other tests in
			// this JVM file dozens of public works cases that are due earlier
			awaitOnPage(officer, console("/console/queue?category=ROADS"), code);
			assertThat(officer.text()).contains("รายการเรื่อง").contains("กองช่าง").contains("รับเรื่องแล้ว");
			officer.screenshot("console-queue");

			clickAndWait(officer, officer.driver().findElement(By.linkText(code)));
			awaitText(officer, "ไฟทางดับ ถนนเทศบาล 5");
			// the photo, without its original name, once case-tracking has stored it
			awaitOnPage(officer, console("/console/cases/" + code), "photo-1.png");
			officer.screenshot("console-case");
			submit(officer, "act/acknowledge");
			awaitText(officer, "รับทราบเรื่องแล้ว");
			// each step reaches the citizen's status page
			awaitOnPage(citizen, statusPage, CaseStatus.ACKNOWLEDGED.thaiName());
			assertThat(citizen.find("#current-status").getText()).isEqualTo(CaseStatus.ACKNOWLEDGED.thaiName());
			citizen.screenshot("portal-status-acknowledged");

			// the unit head answers the complainant meanwhile
			signIn(head, "head.works", "console/queue", false);
			head.open(console("/console/cases/" + code));
			head.find("#message-message").sendKeys("กำลังประสานช่างไฟฟ้า");
			submit(head, "message");
			awaitText(head, "ส่งข้อความถึงผู้ร้องเรียนแล้ว");
			awaitOnPage(citizen, statusPage, "กำลังประสานช่างไฟฟ้า");

			// the officer resolves from the page they loaded before: refused, not
			// overwritten
			officer.find("#resolve-message").sendKeys("เปลี่ยนหลอดไฟแล้ว");
			submit(officer, "act/resolve");
			awaitText(officer, "ระบบไม่ได้บันทึกทับ");
			assertThat(officer.text()).contains("ขณะนี้เป็นฉบับที่ 3");
			officer.screenshot("console-conflict");

			// on the current version: a public reply, then the resolution
			officer.find("#message-message").sendKeys("ช่างจะเข้าซ่อมภายในวันพรุ่งนี้");
			submit(officer, "message");
			awaitText(officer, "ส่งข้อความถึงผู้ร้องเรียนแล้ว");
			officer.find("#resolve-message").sendKeys("เปลี่ยนหลอดไฟแล้ว ไฟทางใช้งานได้ตามปกติ");
			submit(officer, "act/resolve");
			awaitText(officer, "บันทึกการแก้ไขเสร็จสิ้นแล้ว");
			String page = officer.text();
			assertThat(page).contains("แก้ไขเสร็จสิ้น")
				.contains("เปลี่ยนหลอดไฟแล้ว ไฟทางใช้งานได้ตามปกติ")
				.contains("กำลังประสานช่างไฟฟ้า");
			officer.screenshot("console-case-resolved");
			// the citizen's status page shows the answer, after every step before it
			awaitOnPage(citizen, statusPage, "เปลี่ยนหลอดไฟแล้ว ไฟทางใช้งานได้ตามปกติ");
			assertThat(citizen.find("#current-status").getText()).isEqualTo(CaseStatus.RESOLVED.thaiName());
			assertThat(citizen.text()).contains("กำลังประสานช่างไฟฟ้า")
				.contains("ช่างจะเข้าซ่อมภายในวันพรุ่งนี้")
				.doesNotContain("ระบบไม่ได้บันทึกทับ");
			citizen.screenshot("portal-status-resolved");

			// English by a switch, Gregorian dates
			clickAndWait(officer, officer.find("a[hreflang='en']"));
			awaitText(officer, "Resolved");
			assertThat(officer.find("html").getAttribute("lang")).isEqualTo("en");
		}
		finally {
			Files.deleteIfExists(photo);
		}
	}

	@Test
	void aLegalOfficerRequestsADisclosureAndACustodianApprovesIt() throws Exception {
		Map<String, Object> reporter = Map.of("firstName", "ประยูร", "lastName", "ซื่อตรง", "phone", "0812223333");
		post(Service.COMPLAINT_INTAKE, "/api/v1/whistleblower/reports",
				Map.of("category", "GIFTS", "narrative", "เจ้าหน้าที่รับกระเช้าของขวัญจากผู้รับเหมาในงานจัดซื้อ",
						"accused", Map.of("name", "นายสมมุติ", "position", "เจ้าหน้าที่พัสดุ", "unit", "กองคลัง"),
						"reporter", reporter, "disclosure", "CONFIDENTIAL"));
		try (HeadlessChromium legal = HeadlessChromium.withoutJavaScript();
				HeadlessChromium custodian = HeadlessChromium.withoutJavaScript()) {
			signIn(legal, "legal", "console/queue", false);
			String queue = console("/console/queue?unit=LEGAL&channel=WHISTLEBLOWER&category=GIFTS");
			awaitOnPage(legal, queue, "WB-");
			clickAndWait(legal, legal.driver().findElement(By.cssSelector("table.cases tbody tr a")));
			awaitText(legal, "เจ้าหน้าที่รับกระเช้าของขวัญ");
			assertThat(legal.text()).contains("นามแฝงผู้แจ้ง").doesNotContain("ประยูร").doesNotContain("0812223333");
			String caseUrl = legal.currentUrl();
			legal.find("#disclosure-reason")
				.sendKeys("ต้องการสอบข้อเท็จจริงจากผู้แจ้งตามคำสั่งแต่งตั้งกรรมการที่ 7/2569");
			submit(legal, "disclosure");
			awaitText(legal, "รอผู้ดูแลข้อมูลตัวตนพิจารณา");
			legal.screenshot("console-case-whistleblower");

			signIn(custodian, "custodian", "console/disclosures", false);
			awaitText(custodian, "คำขอเปิดเผยตัวตนที่รอพิจารณา");
			assertThat(custodian.text()).contains("legal").contains("7/2569");
			custodian.screenshot("console-custodian");
			custodian.find("input[name='decision'][value='approve']").click();
			custodian.find("textarea[name='reason']")
				.sendKeys("มีคำสั่งแต่งตั้งกรรมการสอบข้อเท็จจริงแล้ว จำเป็นต่อการสอบสวน");
			clickAndWait(custodian, custodian.find("form.action button[type='submit']"));
			awaitText(custodian, "แล้ว");
			assertThat(custodian.text()).contains("อนุมัติคำขอ");

			// the approval reaches the case; the requester reads the identity
			awaitOnPage(legal, caseUrl, "อ่านตัวตนผู้แจ้ง");
			clickAndWait(legal, legal.driver().findElement(By.partialLinkText("อ่านตัวตนผู้แจ้ง")));
			awaitText(legal, "ประยูร");
			assertThat(legal.text()).contains("0812223333").contains("การอ่านครั้งนี้ถูกบันทึกไว้");
			legal.screenshot("console-identity");
		}
	}

	@Test
	void aClerkRecordsAPhoneComplaintWithItsDateOfReceipt() throws Exception {
		try (HeadlessChromium clerk = HeadlessChromium.withJavaScript()) {
			signIn(clerk, "clerk", "console/record", false);
			awaitText(clerk, "บันทึกเรื่องร้องเรียนที่รับนอกระบบออนไลน์");
			// a field error first, in Thai next to the field
			String received = LocalDateTime.now(ZoneId.of("Asia/Bangkok"))
				.minusDays(1)
				.withSecond(0)
				.withNano(0)
				.toString();
			new Select(clerk.find("#record-channel")).selectByValue("PHONE");
			clerk.script("document.getElementById('record-receivedAt').value = arguments[0]", received);
			new Select(clerk.find("#record-category")).selectByValue("WASTE");
			clerk.find("#record-subject").sendKeys("ขยะไม่ถูกเก็บ ซอย 4");
			clerk.find("#record-description").sendKeys("ผู้ร้องโทรแจ้งว่ารถขยะไม่มาเก็บมาสามวัน");
			clerk.find("#record-phone").sendKeys("0899998888");
			clerk.screenshot("console-record");
			clickAndWait(clerk, clerk.find("form.record button[type='submit']"));
			awaitText(clerk, "บันทึกเรื่องแล้ว");
			String code = clerk.find("#recorded .code").getText();
			assertThat(code).matches("SJ-[0-9A-Z]{5}-[0-9A-Z]{5}");
			assertThat(clerk.text()).contains("PUBLIC_HEALTH_ENVIRONMENT");
			clerk.screenshot("console-record-done");
			await().atMost(PATIENCE)
				.until(() -> get(Service.COMPLAINT_INTAKE, "/api/v1/complaints/" + code).has("trackingCode"));

			// signing out ends the sign-in at staff-sign-in too: the next person at this
			// computer is asked for a password, not let in as the clerk
			clickAndWait(clerk, clerk.find("form[action$='/logout'] button"));
			await().atMost(PATIENCE).until(() -> clerk.currentUrl().contains("/console/signed-out"));
			clerk.open(console("/console"));
			awaitText(clerk, "Password");
			assertThat(clerk.currentUrl()).startsWith(this.stack.staffIssuer());
		}
	}

	@Test
	void consolePagesMeetWcag22LevelAA() throws Exception {
		JsonNode filed = post(Service.COMPLAINT_INTAKE, "/api/v1/complaints",
				Map.of("category", "WASTE", "subject", "ขยะล้นถัง ตลาดสด", "description", "ถังขยะหน้าตลาดล้นทุกเช้า"));
		String code = filed.get("trackingCode").asString();
		Map<String, List<String>> violations = new LinkedHashMap<>();
		try (HeadlessChromium supervisor = HeadlessChromium.withJavaScript();
				HeadlessChromium custodian = HeadlessChromium.withJavaScript();
				HeadlessChromium clerk = HeadlessChromium.withJavaScript()) {
			signIn(supervisor, "supervisor", "console", false);
			for (String lang : List.of("th", "en")) {
				awaitOnPage(supervisor, console("/console/queue?unit=PUBLIC_HEALTH_ENVIRONMENT&lang=" + lang), code);
				record(supervisor, violations, "queue (" + lang + ")");
				supervisor.open(console("/console/cases/" + code + "?lang=" + lang));
				awaitText(supervisor, "ขยะล้นถัง ตลาดสด");
				record(supervisor, violations, "case (" + lang + ")");
			}
			// a form sent with an error shows it next to its field (past the browser's
			// own
			// check of required fields, as a browser without that check would send it)
			supervisor.script("document.querySelector(\"form[action$='/extend']\").noValidate = true");
			submit(supervisor, "extend");
			assertThat(supervisor.driver().findElements(By.cssSelector("#extend-explanation-error"))).isNotEmpty();
			record(supervisor, violations, "case with a field error");
			signIn(custodian, "custodian", "console/disclosures", false);
			record(custodian, violations, "disclosure requests");
			signIn(clerk, "clerk", "console/record", false);
			record(clerk, violations, "record a complaint");
		}
		assertThat(violations).as("WCAG 2.2 A/AA violations per console page").isEmpty();
	}

	private static void record(HeadlessChromium browser, Map<String, List<String>> violations, String page) {
		List<String> found = browser.accessibilityViolations();
		if (!found.isEmpty()) {
			violations.put(page, found);
		}
	}

	private void signIn(HeadlessChromium browser, String user, String landing, boolean screenshot) {
		// tall enough that a screenshot shows a whole case page
		browser.driver().manage().window().setSize(new Dimension(1280, 2600));
		browser.open(console("/console"));
		// not signed in: sent to staff-sign-in's login page
		awaitText(browser, "Password");
		assertThat(browser.currentUrl()).startsWith(this.stack.staffIssuer());
		if (screenshot) {
			browser.screenshot("sign-in");
		}
		browser.type("username", user);
		browser.type("password", "sujarit");
		clickAndWait(browser, browser.find("button[type='submit']"));
		await().atMost(PATIENCE).until(() -> browser.currentUrl().contains(landing));
	}

	private void awaitOnPage(HeadlessChromium browser, String url, String text) {
		await().atMost(PATIENCE).pollInterval(Duration.ofMillis(500)).ignoreExceptions().until(() -> {
			browser.open(url);
			return browser.text().contains(text);
		});
	}

	private static void submit(HeadlessChromium browser, String action) {
		List<WebElement> forms = browser.driver()
			.findElements(By.cssSelector("form[action$='/" + action + "'] button[type='submit']"));
		assertThat(forms).as("form " + action).isNotEmpty();
		clickAndWait(browser, forms.get(0));
	}

	// clicks and waits until the browser has left the page the click was on
	private static void clickAndWait(HeadlessChromium browser, WebElement element) {
		browser.clickAndAwaitNewPage(element);
	}

	private static void awaitText(HeadlessChromium browser, String text) {
		browser.awaitText(text);
	}

	private String console(String path) {
		return this.stack.url(Service.CASE_TRACKING) + path;
	}

	private JsonNode post(Service service, String path, Object body) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create(this.stack.url(service) + path))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofByteArray(this.json.writeValueAsBytes(body)))
			.build();
		HttpResponse<String> response = this.http.send(request, HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
		return this.json.readTree(response.body());
	}

	private JsonNode get(Service service, String path) throws Exception {
		HttpResponse<String> response = this.http.send(
				HttpRequest.newBuilder(URI.create(this.stack.url(service) + path)).GET().build(),
				HttpResponse.BodyHandlers.ofString());
		return this.json.readTree(response.body());
	}

}
