package org.sujarit.anonymizer.disclosure;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.sujarit.anonymizer.vault.IdentityVault;
import org.sujarit.anonymizer.AnonymizerIntegrationTest;
import org.sujarit.platform.events.Category;
import org.sujarit.platform.events.Reporter;
import org.sujarit.platform.events.SealedReport;
import org.sujarit.platform.runtime.staff.StaffRole;
import org.sujarit.platform.testkit.LogCapture;
import org.sujarit.platform.testkit.StaffTokens;
import org.sujarit.platform.testkit.SujaritIntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

@SujaritIntegrationTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "spring.config.name=anonymizer")
class DisclosureHttpIntegrationTests extends AnonymizerIntegrationTest {

	private static final StaffTokens TOKENS = new StaffTokens();

	private static final String OFFICER = TOKENS.bearer("lawyer.somsri", "LEGAL", StaffRole.LEGAL_OFFICER);

	private static final String OTHER_OFFICER = TOKENS.bearer("lawyer.anan", "LEGAL", StaffRole.LEGAL_OFFICER);

	private static final String CUSTODIAN = TOKENS.bearer("custodian.wilai", null, StaffRole.CUSTODIAN);

	private static final String AUDITOR = TOKENS.bearer("auditor.prasert", null, StaffRole.AUDITOR);

	private static final Reporter REPORTER = new Reporter("มาลี", "ทองดี", "1101700230708", "0865554444",
			"malee.t@example.org", "malee_line", "9/9 หมู่ 1");

	@LocalServerPort
	private int port;

	@Autowired
	private IdentityVault vault;

	private final HttpClient http = HttpClient.newHttpClient();

	private final JsonMapper json = JsonMapper.builder().build();

	@DynamicPropertySource
	static void settings(DynamicPropertyRegistry registry) {
		TOKENS.properties().forEach((name, value) -> registry.add(name, () -> value));
	}

	@Test
	void twoPeopleAndTheRequesterAloneWithinTheWindow() throws Exception {
		String caseId = "WB-" + UUID.randomUUID();
		Instant received = Instant.now().truncatedTo(ChronoUnit.MILLIS);
		this.vault.admit(new SealedReport(caseId, Category.BRIBERY, "เรื่อง", null, REPORTER, received,
				received.plus(15, ChronoUnit.DAYS)), "เรื่อง");
		try (LogCapture logs = new LogCapture().start()) {
			assertThat(call("POST", "/api/v1/disclosures", null, Map.of("caseId", caseId, "reason", "x")).statusCode())
				.isEqualTo(401);
			Reply shortReason = reply(
					call("POST", "/api/v1/disclosures", OFFICER, Map.of("caseId", caseId, "reason", "because")));
			assertThat(shortReason.status()).isEqualTo(400);
			assertThat(shortReason.body().findValuesAsString("rule")).containsExactly("min-length");
			assertThat(shortReason.body().get("detailTh").asString()).isNotBlank();

			Reply created = reply(call("POST", "/api/v1/disclosures", OFFICER,
					Map.of("caseId", caseId, "reason", "คำสั่งศาลที่ 77/2569 ให้เรียกผู้แจ้งเป็นพยาน")));
			assertThat(created.status()).isEqualTo(201);
			String id = created.body().get("id").asString();
			assertThat(created.body().get("state").asString()).isEqualTo("PENDING");

			Reply pending = reply(call("GET", "/api/v1/disclosures?state=PENDING", CUSTODIAN, null));
			assertThat(pending.body().findValuesAsString("id")).contains(id);
			assertThat(reply(call("GET", "/api/v1/disclosures/" + id + "/identity", OFFICER, null)).status())
				.isEqualTo(403);
			Reply selfApproval = reply(call("POST", "/api/v1/disclosures/" + id + "/decision", OFFICER,
					Map.of("approve", true, "reason", "อนุมัติเองไม่ได้ตามหลักสองบุคคล")));
			assertThat(selfApproval.status()).isEqualTo(403);

			Reply approved = reply(call("POST", "/api/v1/disclosures/" + id + "/decision", CUSTODIAN,
					Map.of("approve", true, "reason", "ตรวจสอบคำสั่งศาลแล้วถูกต้อง", "withholdNotice", false)));
			assertThat(approved.status()).as("%s", approved.body()).isEqualTo(200);
			assertThat(approved.body().get("state").asString()).isEqualTo("APPROVED");

			HttpResponse<String> identity = call("GET", "/api/v1/disclosures/" + id + "/identity", OFFICER, null);
			assertThat(identity.statusCode()).isEqualTo(200);
			assertThat(identity.headers().firstValue("Cache-Control"))
				.hasValueSatisfying((value) -> assertThat(value).contains("no-store"));
			assertThat(this.json.readTree(identity.body()).get("email").asString()).isEqualTo(REPORTER.email());
			assertThat(reply(call("GET", "/api/v1/disclosures/" + id + "/identity", OTHER_OFFICER, null)).status())
				.isEqualTo(403);
			assertThat(reply(call("GET", "/api/v1/disclosures/" + id + "/identity", CUSTODIAN, null)).status())
				.isEqualTo(403);
			assertThat(reply(call("GET", "/api/v1/disclosures/" + id + "/audit", OFFICER, null)).status())
				.isEqualTo(403);

			Reply audit = reply(call("GET", "/api/v1/disclosures/" + id + "/audit", AUDITOR, null));
			assertThat(audit.status()).isEqualTo(200);
			assertThat(audit.body().get("intact").asBoolean()).isTrue();
			assertThat(audit.body().findValuesAsString("action")).containsExactly("REQUESTED", "READ_REFUSED",
					"APPROVED", "IDENTITY_READ", "READ_REFUSED", "READ_REFUSED");
			assertThat(logs.lines())
				.noneMatch((line) -> line.contains("มาลี") || line.contains("malee") || line.contains("0865554444"));
		}
	}

	private HttpResponse<String> call(String method, String path, String token, Object body) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Content-Type", "application/json");
		if (token != null) {
			request.header("Authorization", token);
		}
		request.method(method, (body != null) ? HttpRequest.BodyPublishers.ofString(this.json.writeValueAsString(body))
				: HttpRequest.BodyPublishers.noBody());
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private Reply reply(HttpResponse<String> response) {
		JsonNode body = (response.body() == null || response.body().isBlank()) ? this.json.createObjectNode()
				: this.json.readTree(response.body());
		return new Reply(response.statusCode(), body);
	}

	record Reply(int status, JsonNode body) {
	}

}
