package org.sujarit.intake.portal;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.sujarit.intake.IntakeIntegrationTest;
import org.sujarit.intake.portal.PortalHttp.Page;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The portal's pages over real HTTP against the real broker and store: security headers,
 * no cookies, validation messages in both languages, and the JSON API left as it was.
 */
class PortalIntegrationTests extends IntakeIntegrationTest {

	private static final List<String> PAGES = List.of("/", "/?lang=en", "/complaints/new", "/complaints/status",
			"/whistleblower", "/whistleblower/report", "/whistleblower/follow-up", "/whistleblower/follow-up?lang=en",
			"/portal/portal.css");

	@LocalServerPort
	private int port;

	@Test
	void everyPageSendsTheSecurityHeadersAndNoCookie() {
		for (String path : PAGES) {
			Page page = page(path);
			assertThat(page.status()).as(path).isEqualTo(200);
			assertThat(page.header("Cache-Control")).as(path).isEqualTo("no-store");
			assertThat(page.header("Referrer-Policy")).as(path).isEqualTo("no-referrer");
			assertThat(page.header("X-Content-Type-Options")).as(path).isEqualTo("nosniff");
			assertThat(page.header("Content-Security-Policy")).as(path)
				.isEqualTo("default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; "
						+ "frame-ancestors 'none'; base-uri 'none'")
				.doesNotContain("script-src");
			assertThat(page.header("Set-Cookie")).as(path).isNull();
		}
		assertThat(page("/").body()).contains("<html lang=\"th\"").contains("ฝ่ายนิติการ").contains("15 วัน");
		assertThat(page("/?lang=en").body()).contains("<html lang=\"en\"").contains("legal unit");
	}

	@Test
	void pagesLoadNothingFromAnotherOrigin() {
		for (String path : PAGES.subList(0, PAGES.size() - 1)) {
			String body = page(path).body();
			assertThat(body).as(path).doesNotContainPattern("(?i)(src|href|action)=\"(https?:)?//");
			assertThat(body).as(path).doesNotContainIgnoringCase("<script");
		}
	}

	@Test
	void theJsonApiIsUnchanged() {
		Page api = page("/api/v1/complaints/SJ-00000-00000");
		assertThat(api.status()).isEqualTo(404);
		assertThat(api.header("Content-Type")).startsWith("application/problem+json");
		assertThat(api.header("Content-Security-Policy")).isNull();
	}

	@Test
	void aComplaintWithErrorsComesBackWithThaiMessagesNextToTheFieldsAndTheValuesKept() {
		Page page = submit("/complaints/new", form("lang", "th", "subject", "", "description", "ถนนเป็นหลุม",
				"complainant.email", "not-an-address", "complainant.phone", "call me"));
		assertThat(page.status()).isEqualTo(400);
		assertThat(page.header("Set-Cookie")).isNull();
		String body = page.body();
		assertThat(body).contains("กรุณาแก้ไขข้อมูลต่อไปนี้ (4 รายการ)");
		assertThat(body).contains("<p class=\"error-message\" id=\"category-error\">")
			.contains("กรุณาเลือกประเภทเรื่อง");
		assertThat(body).contains("id=\"subject-error\"").contains("กรุณากรอกช่องนี้");
		assertThat(body).contains("รูปแบบอีเมลไม่ถูกต้อง").contains("ใช้ได้เฉพาะตัวเลข");
		assertThat(inputTag(body, "subject")).contains("aria-describedby=\"subject-hint subject-error\"")
			.contains("aria-invalid=\"true\"");
		assertThat(inputTag(body, "complainant-email")).contains("value=\"not-an-address\"")
			.contains("aria-describedby=\"complainant-email-error\"");
		assertThat(body).contains(">ถนนเป็นหลุม</textarea>");
		assertThat(body).contains("<a href=\"#complainant-email\">");
	}

	@Test
	void theSameErrorsInEnglish() {
		Page page = submit("/complaints/new",
				form("lang", "en", "category", "ROADS", "subject", "x".repeat(201), "description", "A hole"));
		assertThat(page.status()).isEqualTo(400);
		assertThat(page.body()).contains("<html lang=\"en\"")
			.contains("Too long (at most 200 characters)")
			.contains("Please correct the following (1 items)")
			.doesNotContain("กรุณากรอก");
		assertThat(submit("/complaints/new", form("lang", "en")).body()).contains("Please choose a category")
			.contains("Please fill in this field");
	}

	@Test
	void aCorruptionCategoryOnTheGeneralFormPointsToTheWhistleblowerChannel() {
		Page page = submit("/complaints/new",
				form("lang", "th", "category", "BRIBERY", "subject", "เงินใต้โต๊ะ", "description", "รายละเอียด"));
		assertThat(page.status()).isEqualTo(400);
		assertThat(page.body()).contains("กรุณาแจ้งทางช่องทางแจ้งเบาะแส");
	}

	@Test
	void aFiledComplaintRedirectsToItsTrackingCodeWithTheDueDateInTheBuddhistCalendar() {
		Page filed = submit("/complaints/new", form("lang", "th", "category", "WASTE", "subject", "ขยะไม่ได้เก็บ",
				"description", "ขยะหน้าบ้านไม่ได้เก็บมาสามวัน", "location.address", "ซอย 5"));
		assertThat(filed.status()).isEqualTo(302);
		String location = filed.header("Location");
		assertThat(location).matches(".*/complaints/filed\\?code=SJ-[0-9A-Z]{5}-[0-9A-Z]{5}&lang=th");
		Page done = page(URI.create(location).getPath() + "?" + URI.create(location).getQuery());
		assertThat(done.status()).isEqualTo(200);
		Matcher due = Pattern.compile("id=\"respond-by\"><time datetime=\"[^\"]+\">([^<]+)</time>")
			.matcher(done.body());
		assertThat(due.find()).isTrue();
		// 25xx: the Buddhist era, and a Thai month name
		assertThat(due.group(1)).matches("\\d{1,2} [ก-๙]+ 25\\d\\d");
		String code = location.replaceAll(".*code=([^&]+).*", "$1");
		Page status = page("/complaints/status?lang=en&code=" + code.toLowerCase().replace("-", ""));
		assertThat(status.status()).isEqualTo(200);
		assertThat(status.body()).contains(code).contains("Received").containsPattern("\\d{1,2} [A-Z][a-z]+ 20\\d\\d");
	}

	@Test
	void anUnknownTrackingCodeIsAFriendlyNotFound() {
		Page page = page("/complaints/status?code=SJ-00000-00000");
		assertThat(page.status()).isEqualTo(404);
		assertThat(page.body()).contains("ไม่พบเรื่องตามรหัสติดตามนี้").contains("value=\"SJ-00000-00000\"");
	}

	@Test
	void aWhistleblowerReportAnswersWithTheReceiptItselfAndSetsNothing() {
		Map<String, String> report = form("lang", "th", "form", reportToken(), "category", "PROCUREMENT", "narrative",
				"ฮั้วประมูลถนนสายใหม่");
		Page page = submit("/whistleblower/report", report);
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.header("Location")).isNull();
		assertThat(page.header("Set-Cookie")).isNull();
		assertThat(page.header("Cache-Control")).isEqualTo("no-store");
		Matcher groups = Pattern.compile("<span class=\"receipt-group\">(\\d{4})</span>").matcher(page.body());
		int count = 0;
		while (groups.find()) {
			count++;
		}
		assertThat(count).isEqualTo(5);
		assertThat(page.body()).contains("ไม่ระบุตัวตน");

		// reloading the receipt page sends the form again: not a second report
		Page reload = submit("/whistleblower/report", report);
		assertThat(reload.status()).isEqualTo(409);
		assertThat(reload.body()).contains("เรื่องนี้ส่งไปแล้ว").doesNotContain("receipt-group");
	}

	@Test
	void aReportFormWithoutAValidTokenIsKeptAndAskedToBeSentAgain() {
		Page page = submit("/whistleblower/report",
				form("lang", "en", "form", "forged.token", "category", "GIFTS", "narrative", "A hamper of whisky"));
		assertThat(page.status()).isEqualTo(400);
		assertThat(page.body()).contains("This form had expired")
			.contains(">A hamper of whisky</textarea>")
			.doesNotContain("receipt-group");
		String token = tokenOf(page.body());
		assertThat(submit("/whistleblower/report",
				form("lang", "en", "form", token, "category", "GIFTS", "narrative", "A hamper of whisky"))
			.body()).contains("receipt-group");
	}

	@Test
	void aReportTheServiceRefusesCanBeCorrectedAndSent() {
		Page refused = submit("/whistleblower/report", form("lang", "th", "form", reportToken(), "category", "BRIBERY",
				"narrative", "เรื่อง", "reporter.nationalId", "1234567890123"));
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.body()).contains("เลขประจำตัวประชาชนไม่ถูกต้อง");
		Page sent = submit("/whistleblower/report",
				form("lang", "th", "form", tokenOf(refused.body()), "category", "BRIBERY", "narrative", "เรื่อง"));
		assertThat(sent.status()).isEqualTo(200);
		assertThat(sent.body()).contains("receipt-group");
	}

	@Test
	void whistleblowerRulesOfTheApiShowInThePagesLanguage() {
		Page thai = submit("/whistleblower/report", form("lang", "th", "form", reportToken(), "category", "BRIBERY",
				"narrative", "เรื่อง", "reporter.nationalId", "1234567890123", "disclosure", "CONFIDENTIAL"));
		assertThat(thai.status()).isEqualTo(400);
		assertThat(thai.body()).contains("เลขประจำตัวประชาชนไม่ถูกต้อง");
		Page english = submit("/whistleblower/report", form("lang", "en", "form", reportToken(), "category", "BRIBERY",
				"narrative", "Story", "disclosure", "CONFIDENTIAL", "updatePings", "true"));
		assertThat(english.status()).isEqualTo(400);
		assertThat(english.body()).contains("Confidential needs at least one of your details")
			.contains("Notifications need");
		assertThat(english.header("Set-Cookie")).isNull();
	}

	@Test
	void aWrongReceiptIsAFriendlyNotFound() {
		Page page = submit("/whistleblower/follow-up", form("lang", "en", "receipt", "1234 5678 9012 3456 7890"));
		assertThat(page.status()).isEqualTo(404);
		assertThat(page.body()).contains("No report has this receipt").doesNotContain("1234 5678");
		assertThat(page.header("Set-Cookie")).isNull();
	}

	@Test
	void aReceiptCheckedTooOftenGetsAPageToTryAgainWithoutRetyping() {
		String receipt = String.valueOf(System.nanoTime()).substring(0, 10) + "0000000000";
		Page page = null;
		for (int attempt = 0; attempt < 40; attempt++) {
			page = submit("/whistleblower/follow-up", form("lang", "th", "receipt", receipt));
			if (page.status() == 429) {
				break;
			}
			assertThat(page.status()).isEqualTo(404);
		}
		assertThat(page.status()).isEqualTo(429);
		assertThat(page.header("Retry-After")).matches("\\d+");
		assertThat(page.header("Set-Cookie")).isNull();
		assertThat(page.body()).contains("กรุณารอ").contains("ลองอีกครั้ง").contains("name=\"receipt\"");
	}

	@Test
	void crossSiteFormPostsAreRefused() {
		Map<String, String> report = form("category", "BRIBERY", "narrative", "x");
		assertThat(submit("/whistleblower/report", report, "Sec-Fetch-Site", "cross-site").status()).isEqualTo(403);
		assertThat(submit("/whistleblower/report", report, "Origin", "https://evil.example").status()).isEqualTo(403);
		assertThat(submit("/complaints/new", form("lang", "th"), "Sec-Fetch-Site", "same-origin").status())
			.isEqualTo(400);
		assertThat(submit("/complaints/new", form("lang", "th"), "Origin", "null").status()).isEqualTo(400);
		assertThat(submit("/complaints/new", form("lang", "th"), "Origin", "http://localhost:" + this.port).status())
			.isEqualTo(400);
	}

	private String reportToken() {
		return tokenOf(page("/whistleblower/report").body());
	}

	private static String tokenOf(String body) {
		Matcher matcher = Pattern.compile("name=\"form\" value=\"([^\"]+)\"").matcher(body);
		assertThat(matcher.find()).isTrue();
		return matcher.group(1);
	}

	private static String inputTag(String body, String id) {
		Matcher matcher = Pattern.compile("<(input|textarea)[^>]*id=\"" + id + "\"[^>]*>").matcher(body);
		assertThat(matcher.find()).as(id).isTrue();
		return matcher.group();
	}

	private static Map<String, String> form(String... pairs) {
		Map<String, String> form = new LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			form.put(pairs[i], pairs[i + 1]);
		}
		return form;
	}

	private Page page(String path) {
		return send(HttpRequest.newBuilder(uri(path)).GET().build());
	}

	private Page submit(String path, Map<String, String> form, String... headers) {
		String body = form.entrySet()
			.stream()
			.map((entry) -> URLEncoder.encode(entry.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body));
		for (int i = 0; i < headers.length; i += 2) {
			request.header(headers[i], headers[i + 1]);
		}
		return send(request.build());
	}

	private URI uri(String path) {
		return new PortalHttp(this.port).uri(path);
	}

	private Page send(HttpRequest request) {
		return new PortalHttp(this.port).send(request);
	}

}
