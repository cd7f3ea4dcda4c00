package org.sujarit.intake.whistleblower;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.google.crypto.tink.HybridDecrypt;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.sujarit.intake.IntakeIntegrationTest;
import org.sujarit.intake.IntakeProperties;
import org.sujarit.intake.status.StatusDocuments;
import org.sujarit.platform.events.CaseStatus;
import org.sujarit.platform.events.Category;
import org.sujarit.platform.events.Channel;
import org.sujarit.platform.events.EventType;
import org.sujarit.platform.events.ReporterDisclosure;
import org.sujarit.platform.events.SealedReport;
import org.sujarit.platform.events.Topics;
import org.sujarit.platform.events.WhistleblowerReportSealed;
import org.sujarit.platform.runtime.keys.Keysets;
import org.sujarit.platform.testkit.Infrastructure;
import org.sujarit.platform.testkit.LogCapture;
import org.sujarit.platform.testkit.MongoDump;
import org.sujarit.platform.testkit.TopicReader;
import org.sujarit.platform.testkit.TopicRecord;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class WhistleblowerIntakeIntegrationTests extends IntakeIntegrationTest {

	private static final String REPORTS = "/api/v1/whistleblower/reports";

	private static final String STATUS = "/api/v1/whistleblower/status";

	private static final String NATIONAL_ID = "1101700230708";

	@Autowired
	private IntakeProperties properties;

	@Autowired
	private ReceiptHasher hasher;

	@Autowired
	private MongoTemplate mongo;

	@Test
	void aReportIsSealedAndFollowedOnlyByItsReceipt(Infrastructure infrastructure) throws Exception {
		String narrative = canary("narrative");
		String firstName = canary("first-name");
		String email = "reporter." + System.nanoTime() + "@example.com";
		String accused = canary("accused");
		Map<String, Object> reporter = new LinkedHashMap<>();
		reporter.put("firstName", firstName);
		reporter.put("lastName", "ใจกล้า");
		reporter.put("nationalId", "๑-๑๐๑๗-๐๐๒๓๐-๗๐-๘");
		reporter.put("email", email);
		try (LogCapture logs = new LogCapture().start()) {

			Response response = post(REPORTS, Map.of("category", "BRIBERY", "narrative", narrative, "accused",
					Map.of("name", accused, "position", "นักวิชาการพัสดุ", "unit", "กองคลัง"), "reporter", reporter));

			assertThat(response.status()).isEqualTo(202);
			assertThat(response.header("Cache-Control")).isEqualTo("no-store");
			String receipt = response.body().path("receipt").asString();
			assertThat(receipt).matches("[0-9]{4}( [0-9]{4}){4}");
			String digits = receipt.replace(" ", "");
			assertThat(response.body().path("receiptDigits").asString()).isEqualTo(digits);
			assertThat(response.body().path("receiptGroups")).hasSize(5);
			assertThat(response.body().path("keepReceipt").path("th").asString()).isNotBlank();
			assertThat(response.body().path("disclosure").asString()).isEqualTo("CONFIDENTIAL");
			Instant receivedAt = Instant.parse(response.body().path("receivedAt").asString());
			Instant respondBy = Instant.parse(response.body().path("respondBy").asString());
			assertThat(respondBy).isEqualTo(receivedAt.plus(15, ChronoUnit.DAYS));

			String submissionId = this.mongo
				.findById(this.hasher.hash(digits), Document.class, WhistleblowerIntake.RECEIPTS)
				.getString("submissionId");
			assertThat(submissionId).matches("WB-[0-9A-HJKMNP-TV-Z]{12}");

			// the topic carries ciphertext only, which the anonymizer's key opens
			TopicRecord sealed = await().atMost(WAIT)
				.until(() -> sealedRecord(infrastructure, submissionId), (record) -> record != null);
			List<TopicRecord> topic = TopicReader.readAll(infrastructure.kafkaBootstrapServers(),
					Topics.WHISTLEBLOWER_SEALED);
			for (String secret : List.of(narrative, firstName, email, accused, NATIONAL_ID, "ใจกล้า", digits)) {
				assertThat(topic).noneMatch((record) -> record.contains(secret));
			}
			SealedReport report = open(sealed);
			assertThat(report.submissionId()).isEqualTo(submissionId);
			assertThat(report.category()).isEqualTo(Category.BRIBERY);
			assertThat(report.narrative()).isEqualTo(narrative);
			assertThat(report.accused().name()).isEqualTo(accused);
			assertThat(report.reporter().firstName()).isEqualTo(firstName);
			assertThat(report.reporter().nationalId()).isEqualTo(NATIONAL_ID);
			assertThat(report.reporter().email()).isEqualTo(email);
			assertThat(report.receivedAt()).isEqualTo(receivedAt);
			assertThat(report.respondBy()).isEqualTo(respondBy);
			assertThat(report.disclosure()).isEqualTo(ReporterDisclosure.CONFIDENTIAL);
			assertThat(report.updatePings()).isFalse();

			// intake keeps no receipt and nothing the reporter wrote
			await().atMost(WAIT).untilAsserted(() -> {
				Document submission = this.mongo.findById(submissionId, Document.class,
						StatusDocuments.WHISTLEBLOWER_SUBMISSIONS);
				assertThat(submission.getList("outbox", Document.class)).isEmpty();
			});
			List<String> store = MongoDump.dumpDatabase(infrastructure.mongoUri(), "sujarit-intake");
			for (String secret : List.of(narrative, firstName, email, accused, NATIONAL_ID, digits, receipt,
					sealed.valueAsString())) {
				assertThat(store).noneMatch((document) -> document.contains(secret));
			}

			// the receipt, typed in Thai digits, shows the status
			Response status = post(STATUS, Map.of("receipt", thaiDigits(receipt)));
			assertThat(status.status()).isEqualTo(200);
			assertThat(status.header("Cache-Control")).isEqualTo("no-store");
			assertThat(status.body().has("trackingCode")).isFalse();
			assertThat(status.body().path("status").asString()).isEqualTo("RECEIVED");
			assertThat(Instant.parse(status.body().path("respondBy").asString())).isEqualTo(respondBy);

			publishStatus(submissionId, Channel.WHISTLEBLOWER, 1, CaseStatus.RECEIVED, null, respondBy, null);
			publishStatus(submissionId, Channel.WHISTLEBLOWER, 2, CaseStatus.ACKNOWLEDGED, CaseStatus.RECEIVED,
					respondBy, "ฝ่ายนิติการรับเรื่องแล้ว");
			// each look is a receipt check: poll gently, under the per-receipt limit
			await().atMost(WAIT)
				.pollInterval(java.time.Duration.ofMillis(500))
				.until(() -> post(STATUS, Map.of("receipt", digits)).body().path("status").asString(),
						"ACKNOWLEDGED"::equals);
			Response updated = post(STATUS, Map.of("receipt", receipt.replace(' ', '-')));
			assertThat(updated.body().path("updates")).hasSize(2);
			assertThat(updated.body().path("updates").get(1).path("message").asString())
				.isEqualTo("ฝ่ายนิติการรับเรื่องแล้ว");

			assertThat(logs.lines()).isNotEmpty();
			for (String secret : List.of(narrative, firstName, email, accused, NATIONAL_ID, digits, receipt)) {
				assertThat(logs.lines()).noneMatch((line) -> line.contains(secret));
			}
		}
	}

	@Test
	void wrongOrMalformedReceiptsAreNotFound() {
		for (String receipt : List.of("0000 0000 0000 0000 0000", "1234", "not a receipt", "")) {
			Response response = post(STATUS, Map.of("receipt", receipt));
			assertThat(response.status()).isEqualTo(404);
			assertThat(response.header("Content-Type")).startsWith("application/problem+json");
			assertThat(response.header("Cache-Control")).isEqualTo("no-store");
		}
	}

	@Test
	void onlyCorruptionReportsWithValidIdentityNumbersAreTaken() {
		Response response = post(REPORTS,
				Map.of("category", "ROADS", "narrative", "ถนนพัง", "reporter", Map.of("nationalId", "1101700230709")));

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.header("Content-Type")).startsWith("application/problem+json");
		assertThat(response.header("Cache-Control")).isEqualTo("no-store");
		assertThat(response.errorFields()).containsExactlyInAnyOrder("category", "reporter.nationalId");
		assertThat(response.errorRule("category")).isEqualTo("one-of");
		assertThat(response.body().path("errors").get(0).path("message").asString()).contains("BRIBERY",
				"UNFAIR_SERVICE");

		Response missing = post(REPORTS, Map.of("category", "GIFTS"));
		assertThat(missing.status()).isEqualTo(400);
		assertThat(missing.errorFields()).containsExactly("narrative");

		Response anonymous = post(REPORTS, Map.of("category", "GIFTS", "narrative", "รับกระเช้าจากผู้รับเหมา"));
		assertThat(anonymous.status()).isEqualTo(202);
		assertThat(anonymous.body().path("disclosure").asString()).isEqualTo("ANONYMOUS");
		assertThat(anonymous.body().path("updatePings").asBoolean()).isFalse();
	}

	@Test
	void updatePingsNeedAConfidentialContact() {
		Response noContact = post(REPORTS, Map.of("category", "GIFTS", "narrative", "รับกระเช้า", "reporter",
				Map.of("firstName", "สมชาย"), "updatePings", true));

		assertThat(noContact.status()).isEqualTo(400);
		assertThat(noContact.errorFields()).containsExactly("updatePings");
		assertThat(noContact.errorRule("updatePings")).isEqualTo("confidential-contact");
		assertThat(noContact.body().path("detailTh").asString()).isNotBlank();

		Response anonymous = post(REPORTS, Map.of("category", "GIFTS", "narrative", "รับกระเช้า", "reporter",
				Map.of("email", "someone@example.com"), "disclosure", "ANONYMOUS", "updatePings", true));
		assertThat(anonymous.status()).isEqualTo(400);
		assertThat(anonymous.errorRule("updatePings")).isEqualTo("confidential-contact");

		Response confidential = post(REPORTS, Map.of("category", "GIFTS", "narrative", "รับกระเช้า", "reporter",
				Map.of("phone", "081 234 5678"), "updatePings", true));
		assertThat(confidential.status()).isEqualTo(202);
		assertThat(confidential.body().path("disclosure").asString()).isEqualTo("CONFIDENTIAL");
		assertThat(confidential.body().path("updatePings").asBoolean()).isTrue();
	}

	private TopicRecord sealedRecord(Infrastructure infrastructure, String submissionId) {
		return TopicReader.readAll(infrastructure.kafkaBootstrapServers(), Topics.WHISTLEBLOWER_SEALED)
			.stream()
			.filter((record) -> submissionId.equals(record.key()))
			.findFirst()
			.orElse(null);
	}

	private SealedReport open(TopicRecord record) throws Exception {
		WhistleblowerReportSealed event = this.codec.decode(EventType.WHISTLEBLOWER_REPORT_SEALED, record.value())
			.data();
		HybridDecrypt opener = Keysets
			.opener(this.properties.whistleblower().sealingKeyset().resolveSibling(Keysets.SEALING_PRIVATE));
		byte[] plaintext = opener.decrypt(Base64.getDecoder().decode(event.ciphertext()),
				event.submissionId().getBytes(StandardCharsets.UTF_8));
		return this.codec.fromJson(plaintext, SealedReport.class);
	}

	private static String thaiDigits(String text) {
		StringBuilder thai = new StringBuilder();
		for (char c : text.toCharArray()) {
			thai.append((c >= '0' && c <= '9') ? (char) ('\u0E50' + (c - '0')) : c);
		}
		return thai.toString();
	}

}
