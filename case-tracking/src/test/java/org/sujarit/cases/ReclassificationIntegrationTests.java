package org.sujarit.cases;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sujarit.cases.StaffHttp.Reply;
import org.sujarit.platform.events.CaseChange;
import org.sujarit.platform.events.CaseStatusChanged;
import org.sujarit.platform.events.Category;
import org.sujarit.platform.events.Channel;
import org.sujarit.platform.events.Complainant;
import org.sujarit.platform.events.ComplaintSubmitted;
import org.sujarit.platform.events.EventType;
import org.sujarit.platform.events.FollowUpKind;
import org.sujarit.platform.events.FollowUpSanitized;
import org.sujarit.platform.events.FollowUpSealed;
import org.sujarit.platform.events.ReceivedEvent;
import org.sujarit.platform.events.SealedFollowUp;
import org.sujarit.platform.events.Topics;
import org.sujarit.platform.runtime.keys.Keysets;
import org.sujarit.platform.testkit.Infrastructure;
import org.sujarit.platform.testkit.MongoDump;
import org.sujarit.platform.testkit.SujaritIntegrationTest;
import org.sujarit.platform.testkit.TopicReader;
import org.sujarit.platform.testkit.TopicRecord;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@SujaritIntegrationTest
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "spring.config.name=case-tracking")
class ReclassificationIntegrationTests {

	private static final Complainant CANARY = new Complainant("Canary Reclass", "0899990002",
			"canary.reclass@example.org", "canary-reclass-line");

	private static Path keys;

	@LocalServerPort
	private int port;

	private StaffHttp staff;

	private CaseFixtures cases;

	private Infrastructure infrastructure;

	@DynamicPropertySource
	static void sealingKeys(DynamicPropertyRegistry registry) throws IOException {
		keys = StaffHttp.sealingKeys();
		StaffHttp.register(registry);
		registry.add("sujarit.cases.reclassification.sealing-keyset",
				() -> keys.resolve(Keysets.SEALING_PUBLIC).toString());
	}

	@BeforeEach
	void connect(Infrastructure infrastructure) {
		this.infrastructure = infrastructure;
		this.staff = new StaffHttp(this.port);
		this.cases = new CaseFixtures(infrastructure, this.staff);
	}

	@Test
	void aComplaintMovedToTheCorruptionTrackIsSealedForTheAnonymizerAndLeavesTheUnit() throws Exception {
		Instant receivedAt = Instant.now().minus(Duration.ofDays(2)).truncatedTo(ChronoUnit.MILLIS);
		String code = "SJ-" + CaseFixtures.suffix();
		String description = "The inspector asked for 5,000 baht to skip the fine " + UUID.randomUUID();
		ComplaintSubmitted complaint = new ComplaintSubmitted(code, Category.ROADS, Channel.WEB, "Road permit",
				description, null, CANARY, receivedAt, receivedAt.plus(Duration.ofDays(15)));
		this.cases.send(Topics.COMPLAINTS, code, this.cases.codec()
			.encode(EventType.COMPLAINT_SUBMITTED, UUID.randomUUID().toString(), code, receivedAt, complaint));
		this.cases.awaitCase(code);
		String path = "/api/v1/cases/" + code;

		Reply general = this.staff.post("officer", path + "/reclassify", Map.of("category", "ROADS"));
		assertThat(general.status()).isEqualTo(400);
		assertThat(general.body().findValuesAsString("field")).containsExactly("category");
		Reply moved = this.staff.post("officer", path + "/reclassify",
				Map.of("category", "BRIBERY", "reason", "The complaint describes a bribe"));
		assertThat(moved.status()).as("%s", moved.body()).isEqualTo(200);
		assertThat(this.staff.get("officer", path).status()).isEqualTo(404);
		JsonNode detail = this.staff.get("legal", path).body();
		assertThat(detail.get("unit").asString()).isEqualTo("LEGAL");
		assertThat(detail.get("category").asString()).isEqualTo("BRIBERY");
		assertThat(detail.get("corruption").asBoolean()).isTrue();
		assertThat(detail.has("complainant")).isFalse();
		assertThat(detail.has("description")).isFalse();
		assertThat(detail.toString()).doesNotContain(CANARY.phone(), CANARY.email(), description);
		assertThat(this.staff.post("legal", path + "/reclassify", Map.of("category", "PROCUREMENT")).status())
			.isEqualTo(409);

		FollowUpSealed sealed = awaitSealed(code);
		byte[] plaintext = Keysets.opener(keys.resolve(Keysets.SEALING_PRIVATE))
			.decrypt(Base64.getDecoder().decode(sealed.ciphertext()),
					(sealed.submissionId() + ":" + sealed.followUpId()).getBytes(StandardCharsets.UTF_8));
		SealedFollowUp followUp = this.cases.codec().fromJson(plaintext, SealedFollowUp.class);
		assertThat(sealed.followUpId()).matches("FU-[0-9A-HJKMNP-TV-Z]{16}");
		assertThat(followUp.kind()).isEqualTo(FollowUpKind.RECLASSIFIED);
		assertThat(followUp.category()).isEqualTo(Category.BRIBERY);
		assertThat(followUp.message()).contains("Road permit", description);
		assertThat(followUp.reporter().phone()).isEqualTo(CANARY.phone());
		assertThat(followUp.reporter().firstName()).isEqualTo(CANARY.name());

		List<ReceivedEvent<CaseStatusChanged>> events = this.cases.awaitStatusEvents(code, 2);
		assertThat(events.get(1).data().change()).isEqualTo(CaseChange.RECLASSIFIED);
		assertThat(events.get(1).data().category()).isEqualTo(Category.BRIBERY);
		assertThat(events.get(1).data().unit()).isEqualTo("LEGAL");
		List<TopicRecord> statusTopic = TopicReader.readAll(this.infrastructure.kafkaBootstrapServers(),
				Topics.CASE_STATUS);
		assertThat(statusTopic).noneMatch((record) -> record.contains(CANARY.phone()) || record.contains(description));
		assertThat(TopicReader.readAll(this.infrastructure.kafkaBootstrapServers(), Topics.WHISTLEBLOWER_SEALED))
			.noneMatch((record) -> record.contains(CANARY.phone()) || record.contains(description));

		String sanitized = "[ชื่อถูกปกปิด] แจ้งว่าเจ้าหน้าที่เรียกเงินเพื่อไม่ปรับ";
		FollowUpSanitized back = new FollowUpSanitized(code, sealed.followUpId(), FollowUpKind.RECLASSIFIED, sanitized,
				null, true, "Egret-" + CaseFixtures.suffix(), Category.BRIBERY, Instant.now());
		this.cases.send(Topics.REPORTS_SANITIZED, code,
				this.cases.codec().encode(EventType.FOLLOW_UP_SANITIZED, back.followUpId(), code, back.sentAt(), back));
		await().atMost(CaseFixtures.PATIENCE).untilAsserted(() -> {
			JsonNode after = this.staff.get("legal", path).body();
			assertThat(after.has("narrative")).isTrue();
			assertThat(after.get("narrative").asString()).isEqualTo(sanitized);
			assertThat(after.get("pseudonym").asString()).isEqualTo(back.pseudonym());
			assertThat(after.get("identitySealed").asBoolean()).isTrue();
		});
	}

	@Test
	void aCorruptionComplaintAClerkRecordsIsSealedForTheAnonymizerAndNeverHeldInClear() throws Exception {
		String name = "Canary Recorded " + UUID.randomUUID();
		String phone = "08" + (10000000 + (int) (Math.random() * 89999999));
		String email = "canary.recorded." + UUID.randomUUID() + "@example.org";
		String description = "The permit officer asked for 3,000 baht " + UUID.randomUUID();
		Instant receivedAt = Instant.now().minus(Duration.ofHours(5)).truncatedTo(ChronoUnit.MILLIS);
		Map<String, Object> body = new java.util.HashMap<>();
		body.put("channel", "PHONE");
		body.put("receivedAt", receivedAt.toString());
		body.put("category", "BRIBERY");
		body.put("subject", "Bribe for a building permit");
		body.put("description", description);
		body.put("complainant", Map.of("name", name, "phone", phone, "email", email));

		Reply recorded = this.staff.post("clerk", "/api/v1/cases/recorded", body);

		assertThat(recorded.status()).as("%s", recorded.body()).isEqualTo(201);
		assertThat(recorded.body().get("unit").asString()).isEqualTo("LEGAL");
		assertThat(recorded.body().get("sealed").asBoolean()).isTrue();
		String code = recorded.body().get("trackingCode").asString();
		String path = "/api/v1/cases/" + code;
		JsonNode detail = this.staff.get("legal", path).body();
		assertThat(detail.get("corruption").asBoolean()).isTrue();
		assertThat(detail.get("category").asString()).isEqualTo("BRIBERY");
		assertThat(detail.get("channel").asString()).isEqualTo("PHONE");
		assertThat(detail.get("identitySealed").asBoolean()).isTrue();
		assertThat(detail.has("complainant")).isFalse();
		assertThat(detail.has("subject")).isFalse();
		assertThat(detail.has("description")).isFalse();
		assertThat(detail.toString()).doesNotContain(name, phone, email, description);
		// the clerk does not see corruption cases; the general unit never does
		assertThat(this.staff.get("clerk", path).status()).isEqualTo(404);
		assertThat(this.staff.get("officer", path).status()).isEqualTo(404);

		FollowUpSealed sealed = awaitSealed(code);
		SealedFollowUp followUp = open(sealed);
		assertThat(followUp.kind()).isEqualTo(FollowUpKind.RECLASSIFIED);
		assertThat(followUp.category()).isEqualTo(Category.BRIBERY);
		assertThat(followUp.message()).contains("Bribe for a building permit", description);
		assertThat(followUp.reporter().firstName()).isEqualTo(name);
		assertThat(followUp.reporter().phone()).isEqualTo(phone);
		assertThat(followUp.reporter().email()).isEqualTo(email);
		List<ReceivedEvent<CaseStatusChanged>> events = this.cases.awaitStatusEvents(code, 1);
		assertThat(events.get(0).data().category()).isEqualTo(Category.BRIBERY);
		assertThat(events.get(0).data().channel()).isEqualTo(Channel.PHONE);
		assertThat(events.get(0).data().unit()).isEqualTo("LEGAL");

		// the leak probes: no topic and no collection holds the contact or the text in
		// clear; no ComplaintSubmitted tells notification or intake about the contact
		assertThat(TopicReader.readAll(this.infrastructure.kafkaBootstrapServers(), Topics.COMPLAINTS))
			.noneMatch((record) -> code.equals(record.key()));
		TopicReader.readAllTopics(this.infrastructure.kafkaBootstrapServers())
			.forEach((topic, records) -> assertThat(records).as(topic)
				.noneMatch((record) -> record.contains(name) || record.contains(phone) || record.contains(email)
						|| record.contains(description)));
		assertThat(MongoDump.dumpAll(this.infrastructure.mongoUri())).noneMatch((document) -> document.contains(name)
				|| document.contains(phone) || document.contains(email) || document.contains(description));

		String sanitized = "[ชื่อถูกปกปิด] แจ้งว่าเจ้าหน้าที่เรียกเงินค่าใบอนุญาต";
		FollowUpSanitized back = new FollowUpSanitized(code, sealed.followUpId(), FollowUpKind.RECLASSIFIED, sanitized,
				null, true, "Heron-" + CaseFixtures.suffix(), Category.BRIBERY, Instant.now());
		this.cases.send(Topics.REPORTS_SANITIZED, code,
				this.cases.codec().encode(EventType.FOLLOW_UP_SANITIZED, back.followUpId(), code, back.sentAt(), back));
		await().atMost(CaseFixtures.PATIENCE).untilAsserted(() -> {
			JsonNode after = this.staff.get("legal", path).body();
			assertThat(after.path("narrative").asString()).isEqualTo(sanitized);
			assertThat(after.path("pseudonym").asString()).isEqualTo(back.pseudonym());
		});
	}

	@Test
	void aCorruptionComplaintStillArrivingOnTheComplaintsTopicIsSealedRatherThanKept() throws Exception {
		Instant receivedAt = Instant.now().minus(Duration.ofHours(1)).truncatedTo(ChronoUnit.MILLIS);
		String code = "SJ-" + CaseFixtures.suffix();
		String description = "An older intake sent this bribery complaint " + UUID.randomUUID();
		Complainant contact = new Complainant("Canary Topic " + UUID.randomUUID(), null,
				"canary.topic." + UUID.randomUUID() + "@example.org", null);
		ComplaintSubmitted complaint = new ComplaintSubmitted(code, Category.PROCUREMENT, Channel.WEB, "Rigged tender",
				description, null, contact, receivedAt, receivedAt.plus(Duration.ofDays(15)));

		this.cases.send(Topics.COMPLAINTS, code, this.cases.codec()
			.encode(EventType.COMPLAINT_SUBMITTED, UUID.randomUUID().toString(), code, receivedAt, complaint));

		this.cases.awaitCase(code);
		JsonNode detail = this.staff.get("legal", "/api/v1/cases/" + code).body();
		assertThat(detail.get("unit").asString()).isEqualTo("LEGAL");
		assertThat(detail.has("complainant")).isFalse();
		assertThat(detail.has("description")).isFalse();
		assertThat(MongoDump.dumpAll(this.infrastructure.mongoUri()))
			.noneMatch((document) -> document.contains(contact.email()) || document.contains(description));
		SealedFollowUp followUp = open(awaitSealed(code));
		assertThat(followUp.reporter().email()).isEqualTo(contact.email());
		assertThat(followUp.message()).contains(description);
	}

	private SealedFollowUp open(FollowUpSealed sealed) throws Exception {
		byte[] plaintext = Keysets.opener(keys.resolve(Keysets.SEALING_PRIVATE))
			.decrypt(Base64.getDecoder().decode(sealed.ciphertext()),
					(sealed.submissionId() + ":" + sealed.followUpId()).getBytes(StandardCharsets.UTF_8));
		return this.cases.codec().fromJson(plaintext, SealedFollowUp.class);
	}

	private FollowUpSealed awaitSealed(String code) {
		List<FollowUpSealed> found = new ArrayList<>();
		await().atMost(CaseFixtures.PATIENCE).untilAsserted(() -> {
			found.clear();
			for (TopicRecord record : TopicReader.readAll(this.infrastructure.kafkaBootstrapServers(),
					Topics.WHISTLEBLOWER_SEALED)) {
				if (code.equals(record.key())) {
					found.add(this.cases.codec().decode(EventType.FOLLOW_UP_SEALED, record.value()).data());
				}
			}
			assertThat(found).hasSize(1);
		});
		return found.get(0);
	}

}
