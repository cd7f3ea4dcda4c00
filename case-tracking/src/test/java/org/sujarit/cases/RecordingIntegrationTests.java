package org.sujarit.cases;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.sujarit.cases.StaffHttp.Reply;
import org.sujarit.platform.events.Channel;
import org.sujarit.platform.events.ComplaintSubmitted;
import org.sujarit.platform.events.EventType;
import org.sujarit.platform.events.ReceivedEvent;
import org.sujarit.platform.events.Topics;
import org.sujarit.platform.testkit.ConsumerGroups;
import org.sujarit.platform.testkit.SujaritIntegrationTest;
import org.sujarit.platform.testkit.TopicReader;
import org.sujarit.platform.testkit.TopicRecord;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@SujaritIntegrationTest
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "spring.config.name=case-tracking")
class RecordingIntegrationTests extends CaseTrackingIntegrationTest {

	@Test
	void aClerkRecordsAPhoneComplaintThatFlowsLikeOneFromIntakeWithTheClockFromReceipt() throws Exception {
		Instant receivedAt = Instant.now().minus(Duration.ofDays(3)).truncatedTo(ChronoUnit.MILLIS);
		Map<String, Object> body = request("PHONE", receivedAt);

		Reply recorded = this.staff.post("clerk", "/api/v1/cases/recorded", body);

		assertThat(recorded.status()).as("%s", recorded.body()).isEqualTo(201);
		String code = recorded.body().get("trackingCode").asString();
		assertThat(code).matches("SJ-[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}");
		assertThat(Instant.parse(recorded.body().get("respondBy").asString()))
			.isEqualTo(receivedAt.plus(Duration.ofDays(15)));
		assertThat(recorded.body().get("unit").asString()).isEqualTo("PUBLIC_WORKS");

		ReceivedEvent<ComplaintSubmitted> submitted = awaitSubmitted(code);
		assertThat(submitted.data().channel()).isEqualTo(Channel.PHONE);
		assertThat(submitted.data().receivedAt()).isEqualTo(receivedAt);
		assertThat(submitted.data().complainant().phone()).isEqualTo("0811112222");
		await().atMost(CaseFixtures.PATIENCE)
			.until(() -> ConsumerGroups.caughtUp(this.infrastructure.kafkaBootstrapServers(), "case-tracking",
					List.of(Topics.COMPLAINTS)));
		assertThat(this.cases.awaitStatusEvents(code, 1).get(0).data().receivedAt()).isEqualTo(receivedAt);

		Reply read = this.staff.get("clerk", "/api/v1/cases/" + code);
		assertThat(read.status()).isEqualTo(200);
		assertThat(read.body().get("recordedBy").asString()).isEqualTo("clerk");
		// the clerk only reads the case: its internal entries are for those who work it
		assertThat(read.body().findValuesAsString("action")).containsExactly("OPENED");
		assertThat(this.staff.get("supervisor", "/api/v1/cases/" + code).body().findValuesAsString("action"))
			.containsExactly("OPENED", "RECORDED", "ROUTED");
		assertThat(this.staff.get("officer", "/api/v1/cases/" + code).status()).isEqualTo(200);
		assertThat(this.staff.post("clerk", "/api/v1/cases/" + code + "/acknowledge", null).status()).isEqualTo(403);
		JsonNode mine = this.staff.get("clerk", "/api/v1/cases/recorded?size=200").body();
		assertThat(mine.get("items").findValuesAsString("caseId")).contains(code);
		assertThat(this.staff.get("officer", "/api/v1/cases/recorded").status()).isEqualTo(403);
		String other = this.cases.complaint(org.sujarit.platform.events.Category.ROADS).trackingCode();
		assertThat(mine.get("items").findValuesAsString("caseId")).doesNotContain(other);
		assertThat(this.staff.get("clerk", "/api/v1/cases/" + other).status()).isEqualTo(404);
	}

	@Test
	void theClerkWhoRecordedACaseDoesNotReadItsInternalNotes() throws Exception {
		Reply recorded = this.staff.post("clerk", "/api/v1/cases/recorded",
				request("LETTER", Instant.now().minus(Duration.ofHours(3))));
		String path = "/api/v1/cases/" + recorded.body().get("trackingCode").asString();
		String note = "Internal: the complainant is the contractor's rival " + java.util.UUID.randomUUID();
		assertThat(this.staff.post("officer", path + "/notes", Map.of("text", note)).status()).isEqualTo(200);

		Reply clerk = this.staff.get("clerk", path);

		assertThat(clerk.status()).isEqualTo(200);
		assertThat(clerk.body().toString()).doesNotContain(note);
		assertThat(clerk.body().findValuesAsString("visibility")).containsOnly("PUBLIC");
		assertThat(this.staff.get("officer", path).body().toString()).contains(note);
		assertThat(this.staff.get("auditor", path).body().toString()).contains(note);
		assertThat(this.staff.get("supervisor", path).body().toString()).contains(note);
	}

	@Test
	void aComplaintNamingAnOfficialOfItsUnitGoesToTheNextLevel() throws Exception {
		Map<String, Object> body = request("WALK_IN", Instant.now().minus(Duration.ofHours(2)));
		body.put("namedUnit", "PUBLIC_WORKS");

		Reply recorded = this.staff.post("clerk", "/api/v1/cases/recorded", body);

		assertThat(recorded.status()).isEqualTo(201);
		assertThat(recorded.body().get("unit").asString()).isEqualTo("CLERK_OFFICE");
		JsonNode trail = this.staff
			.get("auditor", "/api/v1/cases/" + recorded.body().get("trackingCode").asString() + "/audit")
			.body();
		assertThat(trail.get(2).get("message").asString()).contains("Conflict of interest", "PUBLIC_WORKS");
	}

	@Test
	void refusesBadRecordingsNamingEachFieldInEnglishAndThai() throws Exception {
		Reply future = this.staff.post("clerk", "/api/v1/cases/recorded",
				request("LETTER", Instant.now().plus(Duration.ofDays(1))));
		assertThat(future.status()).isEqualTo(400);
		assertThat(future.body().findValuesAsString("field")).containsExactly("receivedAt");
		assertThat(future.body().toString()).contains("future", "อนาคต");

		Map<String, Object> old = request("WEB", Instant.now().minus(Duration.ofDays(61)));
		old.remove("subject");
		old.put("namedUnit", "MAYOR");
		Reply bad = this.staff.post("clerk", "/api/v1/cases/recorded", old);
		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.body().findValuesAsString("field")).containsExactlyInAnyOrder("channel", "receivedAt", "subject",
				"namedUnit");
		assertThat(bad.body().get("detailTh").asString()).isNotBlank();

		assertThat(this.staff
			.post("officer", "/api/v1/cases/recorded", request("PHONE", Instant.now().minus(Duration.ofHours(1))))
			.status()).isEqualTo(403);
	}

	private static Map<String, Object> request(String channel, Instant receivedAt) {
		Map<String, Object> body = new HashMap<>();
		body.put("channel", channel);
		body.put("receivedAt", receivedAt.toString());
		body.put("category", "ROADS");
		body.put("subject", "ถนนหน้าตลาดเป็นหลุม");
		body.put("description", "ผู้ร้องโทรแจ้งว่าถนนหน้าตลาดสดเป็นหลุมลึก รถจักรยานยนต์ล้ม");
		body.put("complainant", Map.of("name", "Somsri Caller", "phone", "0811112222"));
		return body;
	}

	private ReceivedEvent<ComplaintSubmitted> awaitSubmitted(String code) {
		List<ReceivedEvent<ComplaintSubmitted>> found = new java.util.ArrayList<>();
		await().atMost(CaseFixtures.PATIENCE).untilAsserted(() -> {
			found.clear();
			for (TopicRecord record : TopicReader.readAll(this.infrastructure.kafkaBootstrapServers(),
					Topics.COMPLAINTS)) {
				if (code.equals(record.key())) {
					found.add(this.cases.codec().decode(EventType.COMPLAINT_SUBMITTED, record.value()));
				}
			}
			assertThat(found).hasSize(1);
		});
		return found.get(0);
	}

}
