package org.sujarit.intake.followup;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.google.crypto.tink.HybridDecrypt;
import org.junit.jupiter.api.Test;
import org.sujarit.intake.IntakeIntegrationTest;
import org.sujarit.intake.IntakeProperties;
import org.sujarit.intake.whistleblower.ReceiptHasher;
import org.sujarit.intake.whistleblower.WhistleblowerIntake;
import org.sujarit.platform.events.CaseChange;
import org.sujarit.platform.events.CaseStatus;
import org.sujarit.platform.events.CaseStatusChanged;
import org.sujarit.platform.events.Category;
import org.sujarit.platform.events.Channel;
import org.sujarit.platform.events.EventType;
import org.sujarit.platform.events.FollowUpKind;
import org.sujarit.platform.events.FollowUpSealed;
import org.sujarit.platform.events.SealedFollowUp;
import org.sujarit.platform.events.SlaStanding;
import org.sujarit.platform.events.Topics;
import org.sujarit.platform.runtime.keys.Keysets;
import org.sujarit.platform.testkit.Infrastructure;
import org.sujarit.platform.testkit.LogCapture;
import org.sujarit.platform.testkit.MongoDump;
import org.sujarit.platform.testkit.TopicReader;
import org.sujarit.platform.testkit.TopicRecord;
import org.sujarit.platform.testkit.TopicWriter;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class FollowUpIntegrationTests extends IntakeIntegrationTest {

	static final String REPORTS = "/api/v1/whistleblower/reports";

	static final String FOLLOW_UP = "/api/v1/whistleblower/follow-up";

	private static final Duration POLL = Duration.ofMillis(500);

	@Autowired
	private IntakeProperties properties;

	@Autowired
	private MongoTemplate mongo;

	@Autowired
	private ReceiptHasher hasher;

	@Test
	void aReporterFollowsUpWithTheReceiptAloneAndOnlyCiphertextLeaves(Infrastructure infrastructure) {
		String narrative = canary("narrative");
		String message = canary("message");
		String evidenceCanary = canary("exif-author");
		String addedName = canary("added-name");
		String addedEmail = "added." + System.nanoTime() + "@example.com";
		try (LogCapture logs = new LogCapture().start();
				TopicWriter caseStatus = TopicWriter.connect(infrastructure.kafkaBootstrapServers())) {
			Response report = post(REPORTS, Map.of("category", "PROCUREMENT", "narrative", narrative));
			assertThat(report.status()).isEqualTo(202);
			String receipt = report.body().path("receipt").asString();
			Instant respondBy = Instant.parse(report.body().path("respondBy").asString());

			Response view = post(FOLLOW_UP, Map.of("receipt", receipt));
			assertThat(view.status()).isEqualTo(200);
			assertThat(view.header("Cache-Control")).isEqualTo("no-store");
			assertThat(view.body().path("status").asString()).isEqualTo("RECEIVED");
			assertThat(Instant.parse(view.body().path("respondBy").asString())).isEqualTo(respondBy);
			assertThat(view.body().path("sla").asString()).isEqualTo("ON_TRACK");
			assertThat(view.body().path("timeline")).hasSize(1);
			assertThat(view.body().path("timeline").get(0).path("change").asString()).isEqualTo("OPENED");
			assertThat(view.body().path("pending")).isEmpty();
			assertThat(view.body().has("identityDisclosed")).isFalse();
			assertThat(view.body().toString()).doesNotContain("WB-");

			Response sent = post(FOLLOW_UP + "/messages", Map.of("receipt", receipt, "message", message));
			assertThat(sent.status()).isEqualTo(202);
			assertThat(sent.header("Cache-Control")).isEqualTo("no-store");
			assertThat(sent.body().path("kind").asString()).isEqualTo("MESSAGE");
			assertThat(sent.body().path("next").path("th").asString()).isNotBlank();
			String messageId = sent.body().path("followUpId").asString();

			byte[] photo = jpegWith(evidenceCanary);
			Response file = postFile(receipt, "IMG_0001.jpg", "image/jpeg", photo);
			assertThat(file.status()).isEqualTo(202);
			assertThat(file.header("Cache-Control")).isEqualTo("no-store");
			String evidenceId = file.body().path("followUpId").asString();

			Response identity = post(FOLLOW_UP + "/identity", Map.of("receipt", receipt, "reporter",
					Map.of("firstName", addedName, "email", addedEmail, "nationalId", "1101700230708")));
			assertThat(identity.status()).isEqualTo(202);
			assertThat(identity.body().path("kind").asString()).isEqualTo("IDENTITY_ADDED");

			Response pings = post(FOLLOW_UP + "/pings", Map.of("receipt", receipt, "enabled", true));
			assertThat(pings.status()).isEqualTo(202);
			assertThat(pings.body().path("kind").asString()).isEqualTo("PINGS");

			// what is still on its way shows as pending, by id and time only
			Response waiting = post(FOLLOW_UP, Map.of("receipt", receipt));
			assertThat(waiting.body().path("pending")).hasSize(2);
			assertThat(ids(waiting.body().path("pending"))).containsExactly(messageId, evidenceId);
			String submissionId = submissionIdOf(infrastructure, messageId);

			// the sealed topic carries ciphertext only; the anonymizer's key opens it
			List<TopicRecord> sealed = await().atMost(WAIT)
				.until(() -> followUps(infrastructure, submissionId), (records) -> records.size() == 4);
			List<TopicRecord> topic = TopicReader.readAll(infrastructure.kafkaBootstrapServers(),
					Topics.WHISTLEBLOWER_SEALED);
			String photoBase64 = Base64.getEncoder().encodeToString(photo);
			for (String secret : List.of(narrative, message, evidenceCanary, addedName, addedEmail, "1101700230708",
					photoBase64, receipt.replace(" ", ""))) {
				assertThat(topic).noneMatch((record) -> record.contains(secret));
			}
			assertThat(sealed).allMatch((record) -> submissionId.equals(record.key()));
			List<SealedFollowUp> opened = sealed.stream().map(this::open).toList();
			assertThat(opened).extracting(SealedFollowUp::kind)
				.containsExactly(FollowUpKind.MESSAGE, FollowUpKind.EVIDENCE, FollowUpKind.IDENTITY_ADDED,
						FollowUpKind.PINGS);
			assertThat(opened.get(0).message()).isEqualTo(message);
			assertThat(opened.get(0).followUpId()).isEqualTo(messageId);
			assertThat(opened.get(1).evidence().fileName()).isEqualTo("IMG_0001.jpg");
			assertThat(opened.get(1).evidence().contentType()).isEqualTo("image/jpeg");
			assertThat(Base64.getDecoder().decode(opened.get(1).evidence().contentBase64())).isEqualTo(photo);
			assertThat(opened.get(2).reporter().firstName()).isEqualTo(addedName);
			assertThat(opened.get(2).reporter().nationalId()).isEqualTo("1101700230708");
			assertThat(opened.get(3).updatePings()).isTrue();

			// case-tracking's events come back into the timeline, in both directions
			Instant extended = respondBy.plus(Duration.ofDays(15));
			publish(caseStatus, submissionId, 1, CaseStatus.RECEIVED, null, CaseChange.OPENED, respondBy,
					SlaStanding.ON_TRACK, null);
			publish(caseStatus, submissionId, 2, CaseStatus.ACKNOWLEDGED, CaseStatus.RECEIVED,
					CaseChange.STATUS_CHANGED, respondBy, SlaStanding.ON_TRACK, "ฝ่ายนิติการรับเรื่องแล้ว");
			publish(caseStatus, submissionId, 3, CaseStatus.ACKNOWLEDGED, CaseStatus.ACKNOWLEDGED,
					CaseChange.REPORTER_MESSAGE, respondBy, SlaStanding.ON_TRACK,
					"[ผู้แจ้ง] เห็นการรับเงินที่ห้องพัสดุ");
			publish(caseStatus, submissionId, 4, CaseStatus.ACKNOWLEDGED, CaseStatus.ACKNOWLEDGED,
					CaseChange.PUBLIC_MESSAGE, respondBy, SlaStanding.ON_TRACK, "ขอบคุณ กรุณาส่งภาพใบเสร็จเพิ่มเติม");
			publish(caseStatus, submissionId, 5, CaseStatus.ACKNOWLEDGED, CaseStatus.ACKNOWLEDGED,
					CaseChange.EVIDENCE_ADDED, respondBy, SlaStanding.ON_TRACK, null);
			publish(caseStatus, submissionId, 6, CaseStatus.IN_PROGRESS, CaseStatus.ACKNOWLEDGED, CaseChange.EXTENDED,
					extended, SlaStanding.EXTENDED, "ต้องสอบพยานเพิ่มเติม");
			publish(caseStatus, submissionId, 7, CaseStatus.IN_PROGRESS, CaseStatus.IN_PROGRESS,
					CaseChange.IDENTITY_DISCLOSED, extended, SlaStanding.EXTENDED,
					"ตัวตนของท่านถูกเปิดเผยต่อเจ้าหน้าที่นิติการตามคำอนุมัติ");
			// a redelivered event changes nothing
			publish(caseStatus, submissionId, 3, CaseStatus.ACKNOWLEDGED, CaseStatus.ACKNOWLEDGED,
					CaseChange.REPORTER_MESSAGE, respondBy, SlaStanding.ON_TRACK,
					"[ผู้แจ้ง] เห็นการรับเงินที่ห้องพัสดุ");

			JsonNode followed = await().atMost(WAIT)
				.pollInterval(POLL)
				.until(() -> post(FOLLOW_UP, Map.of("receipt", receipt)).body(),
						(body) -> body.path("timeline").size() == 7);
			List<String> changes = new ArrayList<>();
			List<String> from = new ArrayList<>();
			for (JsonNode entry : followed.path("timeline")) {
				changes.add(entry.path("change").asString());
				from.add(entry.path("from").asString());
			}
			assertThat(changes).containsExactly("OPENED", "STATUS_CHANGED", "REPORTER_MESSAGE", "PUBLIC_MESSAGE",
					"EVIDENCE_ADDED", "EXTENDED", "IDENTITY_DISCLOSED");
			assertThat(from).containsExactly("MUNICIPALITY", "MUNICIPALITY", "REPORTER", "MUNICIPALITY", "MUNICIPALITY",
					"MUNICIPALITY", "MUNICIPALITY");
			assertThat(followed.path("timeline").get(2).path("message").asString())
				.isEqualTo("[ผู้แจ้ง] เห็นการรับเงินที่ห้องพัสดุ");
			assertThat(followed.path("timeline").get(3).path("message").asString())
				.isEqualTo("ขอบคุณ กรุณาส่งภาพใบเสร็จเพิ่มเติม");
			assertThat(followed.path("status").asString()).isEqualTo("IN_PROGRESS");
			assertThat(Instant.parse(followed.path("respondBy").asString())).isEqualTo(extended);
			assertThat(followed.path("sla").asString()).isEqualTo("EXTENDED");
			assertThat(followed.path("pending")).isEmpty();
			assertThat(followed.path("identityDisclosed").path("notice").asString())
				.isEqualTo("ตัวตนของท่านถูกเปิดเผยต่อเจ้าหน้าที่นิติการตามคำอนุมัติ");

			// intake keeps nothing the reporter wrote or sent
			await().atMost(WAIT).untilAsserted(() -> {
				List<String> store = MongoDump.dumpDatabase(infrastructure.mongoUri(), "sujarit-intake");
				assertThat(store).noneMatch((document) -> document.contains("\"outbox\": [{"));
			});
			List<String> store = MongoDump.dumpDatabase(infrastructure.mongoUri(), "sujarit-intake");
			for (String secret : List.of(narrative, message, evidenceCanary, addedName, addedEmail, "1101700230708",
					receipt.replace(" ", ""))) {
				assertThat(store).noneMatch((document) -> document.contains(secret));
			}
			for (String secret : List.of(narrative, message, evidenceCanary, addedName, addedEmail, "1101700230708",
					receipt, receipt.replace(" ", ""), "IMG_0001")) {
				assertThat(logs.lines()).noneMatch((line) -> line.contains(secret));
			}
			// no client address in what intake, Tomcat or Spring MVC log
			assertThat(logs.lines()).filteredOn((line) -> !line.contains("org.apache.kafka"))
				.noneMatch((line) -> line.contains("127.0.0.1") || line.contains("0:0:0:0:0:0:0:1"));
		}
	}

	@Test
	void followUpsAreCheckedBeforeAnythingIsSealed(Infrastructure infrastructure) {
		Response report = post(REPORTS, Map.of("category", "BRIBERY", "narrative", "เรียกรับเงินค่าใบอนุญาต"));
		String receipt = report.body().path("receipt").asString();

		Response empty = post(FOLLOW_UP + "/messages", Map.of("receipt", receipt, "message", " "));
		assertThat(empty.status()).isEqualTo(400);
		assertThat(empty.errorFields()).containsExactly("message");

		Response noIdentity = post(FOLLOW_UP + "/identity", Map.of("receipt", receipt, "reporter", Map.of()));
		assertThat(noIdentity.status()).isEqualTo(400);
		assertThat(noIdentity.errorFields()).containsExactly("reporter");

		Response badId = post(FOLLOW_UP + "/identity",
				Map.of("receipt", receipt, "reporter", Map.of("nationalId", "1101700230709")));
		assertThat(badId.status()).isEqualTo(400);
		assertThat(badId.errorRule("reporter.nationalId")).isEqualTo("national-id");

		Response program = postFile(receipt, "photo.jpg", "image/jpeg",
				"MZ this is not a photo".getBytes(StandardCharsets.US_ASCII));
		assertThat(program.status()).isEqualTo(400);
		assertThat(program.errorRule("file")).isEqualTo("file-type");
		assertThat(program.header("Cache-Control")).isEqualTo("no-store");

		long max = this.properties.whistleblower().evidence().maxFileSize().toBytes();
		Response large = postFile(receipt, "big.pdf", "application/pdf", pdfOf((int) max + 1));
		assertThat(large.status()).isEqualTo(413);
		assertThat(large.errorRule("file")).isEqualTo("max-size");

		// the largest file taken fits a sealed-topic message
		Response pdf = postFile(receipt, "scan.pdf", "application/octet-stream", pdfOf((int) max));
		assertThat(pdf.status()).isEqualTo(202);
		String largest = pdf.body().path("followUpId").asString();
		assertThat(submissionIdOf(infrastructure, largest)).startsWith("WB-");

		// the JSON endpoints keep their small body limit
		Response tooLong = post(FOLLOW_UP + "/messages", Map.of("receipt", receipt, "message", "ก".repeat(300_000)));
		assertThat(tooLong.status()).isEqualTo(413);
	}

	@Test
	void aSanitizedMessageWithNothingPendingStillShows(Infrastructure infrastructure) {
		Response report = post(REPORTS, Map.of("category", "BUDGET_MISUSE", "narrative", "ใช้งบผิดวัตถุประสงค์"));
		String receipt = report.body().path("receipt").asString();
		String submissionId = this.mongo
			.findById(this.hasher.hash(receipt.replace(" ", "")), org.bson.Document.class, WhistleblowerIntake.RECEIPTS)
			.getString("submissionId");
		Instant respondBy = Instant.parse(report.body().path("respondBy").asString());

		// a message sent before intake kept pending ones: the submission has no list at
		// all
		try (TopicWriter writer = TopicWriter.connect(infrastructure.kafkaBootstrapServers())) {
			publish(writer, submissionId, 1, CaseStatus.RECEIVED, null, CaseChange.OPENED, respondBy,
					SlaStanding.ON_TRACK, null);
			publish(writer, submissionId, 2, CaseStatus.RECEIVED, CaseStatus.RECEIVED, CaseChange.REPORTER_MESSAGE,
					respondBy, SlaStanding.ON_TRACK, "[ผู้แจ้ง] ขอส่งข้อมูลเพิ่ม");
		}

		JsonNode view = await().atMost(WAIT)
			.pollInterval(POLL)
			.until(() -> post(FOLLOW_UP, Map.of("receipt", receipt)).body(),
					(body) -> body.path("timeline").size() == 2);
		assertThat(view.path("timeline").get(1).path("from").asString()).isEqualTo("REPORTER");
		assertThat(view.path("pending")).isEmpty();
	}

	private void publish(TopicWriter writer, String submissionId, long version, CaseStatus status, CaseStatus previous,
			CaseChange change, Instant respondBy, SlaStanding sla, String message) {
		Instant now = Instant.now();
		CaseStatusChanged event = new CaseStatusChanged(submissionId, version, Category.PROCUREMENT,
				Channel.WHISTLEBLOWER, "LEGAL", status, previous, now.minusSeconds(60), respondBy, now, message, change,
				sla);
		writer.send(Topics.CASE_STATUS, submissionId, this.codec.encode(EventType.CASE_STATUS_CHANGED,
				submissionId + ":v" + version, submissionId, now, event));
	}

	private List<TopicRecord> followUps(Infrastructure infrastructure, String submissionId) {
		return TopicReader.readAll(infrastructure.kafkaBootstrapServers(), Topics.WHISTLEBLOWER_SEALED)
			.stream()
			.filter((record) -> submissionId.equals(record.key()))
			.filter((record) -> this.codec.isOf(EventType.FOLLOW_UP_SEALED, record.value()))
			.toList();
	}

	private String submissionIdOf(Infrastructure infrastructure, String followUpId) {
		return await().atMost(WAIT)
			.until(() -> TopicReader.readAll(infrastructure.kafkaBootstrapServers(), Topics.WHISTLEBLOWER_SEALED)
				.stream()
				.filter((record) -> this.codec.isOf(EventType.FOLLOW_UP_SEALED, record.value()))
				.map((record) -> this.codec.decode(EventType.FOLLOW_UP_SEALED, record.value()).data())
				.filter((event) -> followUpId.equals(event.followUpId()))
				.map(FollowUpSealed::submissionId)
				.findFirst()
				.orElse(null), (id) -> id != null);
	}

	private SealedFollowUp open(TopicRecord record) {
		FollowUpSealed event = this.codec.decode(EventType.FOLLOW_UP_SEALED, record.value()).data();
		try {
			HybridDecrypt opener = Keysets
				.opener(this.properties.whistleblower().sealingKeyset().resolveSibling(Keysets.SEALING_PRIVATE));
			byte[] plaintext = opener.decrypt(Base64.getDecoder().decode(event.ciphertext()),
					(event.submissionId() + ":" + event.followUpId()).getBytes(StandardCharsets.UTF_8));
			return this.codec.fromJson(plaintext, SealedFollowUp.class);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static List<String> ids(JsonNode pending) {
		List<String> ids = new ArrayList<>();
		pending.forEach((entry) -> ids.add(entry.path("followUpId").asString()));
		return ids;
	}

	static byte[] jpegWith(String text) {
		ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
		jpeg.writeBytes(new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE1 });
		jpeg.writeBytes(("Exif\0\0Artist=" + text).getBytes(StandardCharsets.UTF_8));
		jpeg.writeBytes(new byte[] { (byte) 0xFF, (byte) 0xD9 });
		return jpeg.toByteArray();
	}

	static byte[] pdfOf(int size) {
		byte[] pdf = new byte[size];
		byte[] head = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
		System.arraycopy(head, 0, pdf, 0, head.length);
		return pdf;
	}

	Response postFile(String receipt, String fileName, String contentType, byte[] content) {
		return postEvidence(this, receipt, fileName, contentType, content);
	}

	static Response postEvidence(IntakeIntegrationTest test, String receipt, String fileName, String contentType,
			byte[] content) {
		String boundary = "----sujarit" + UUID.randomUUID();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"receipt\"\r\n\r\n" + receipt
				+ "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: " + contentType + "\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.writeBytes(content);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return test.postMultipart(FOLLOW_UP + "/evidence", boundary, body.toByteArray());
	}

}
