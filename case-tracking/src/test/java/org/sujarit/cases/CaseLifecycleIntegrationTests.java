package org.sujarit.cases;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sujarit.cases.StaffHttp.Reply;
import org.sujarit.platform.events.CaseChange;
import org.sujarit.platform.events.CaseStatus;
import org.sujarit.platform.events.CaseStatusChanged;
import org.sujarit.platform.events.Category;
import org.sujarit.platform.events.Channel;
import org.sujarit.platform.events.ComplaintSubmitted;
import org.sujarit.platform.events.EventCodec;
import org.sujarit.platform.events.EventType;
import org.sujarit.platform.events.ReceivedEvent;
import org.sujarit.platform.events.SlaStanding;
import org.sujarit.platform.events.Topics;
import org.sujarit.platform.testkit.Infrastructure;
import org.sujarit.platform.testkit.SujaritIntegrationTest;
import org.sujarit.platform.testkit.TopicReader;
import org.sujarit.platform.testkit.TopicRecord;
import org.sujarit.platform.testkit.TopicWriter;
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
class CaseLifecycleIntegrationTests {

	private static final Duration PATIENCE = Duration.ofSeconds(60);

	private final EventCodec intake = new EventCodec("/sujarit/complaint-intake");

	@LocalServerPort
	private int port;

	@DynamicPropertySource
	static void staffTokens(DynamicPropertyRegistry registry) {
		StaffHttp.register(registry);
	}

	private StaffHttp staff;

	@BeforeEach
	void connect() {
		this.staff = new StaffHttp(this.port);
	}

	@Test
	void aCaseWaitsResumesGetsMessagesIsReopenedAndRejectedWithEveryStepInTheTrail(Infrastructure infrastructure)
			throws Exception {
		ComplaintSubmitted complaint = open(infrastructure, Category.ROADS);
		String path = "/api/v1/cases/" + complaint.trackingCode();

		Reply early = this.staff.post("officer", path + "/close", null);
		assertThat(early.status()).isEqualTo(409);
		assertThat(early.body().get("currentStatus").asString()).isEqualTo("RECEIVED");
		assertThat(StaffHttp.texts(early.body().get("allowedActions"))).containsExactly("acknowledge", "resolve",
				"reject", "refer");
		assertThat(early.body().get("detail").asString()).contains("RECEIVED", "acknowledge");

		assertThat(this.staff.post("officer", path + "/acknowledge", Map.of("version", 1)).status()).isEqualTo(200);
		assertThat(this.staff.post("officer", path + "/start", null).status()).isEqualTo(200);
		String question = "กรุณาส่งภาพถ่ายจุดที่ถนนชำรุดเพิ่มเติม";
		Reply waiting = this.staff.post("officer", path + "/await-complainant", Map.of("message", question));
		assertThat(waiting.status()).isEqualTo(200);
		assertThat(waiting.body().get("status").asString()).isEqualTo("WAITING_ON_COMPLAINANT");
		Reply resumed = this.staff.post("officer", path + "/resume", Map.of("note", "Photos arrived by phone"));
		assertThat(resumed.body().get("status").asString()).isEqualTo("IN_PROGRESS");
		assertThat(Instant.parse(resumed.body().get("respondBy").asString())).isAfterOrEqualTo(complaint.respondBy());

		String internal = "Contractor Somchai owes us a favour " + UUID.randomUUID();
		Reply noted = this.staff.post("officer", path + "/notes", Map.of("text", internal));
		assertThat(noted.status()).isEqualTo(200);
		assertThat(noted.body().get("version").asLong()).isEqualTo(5);
		String update = "ทีมช่างจะเข้าซ่อมภายในสัปดาห์นี้";
		Reply messaged = this.staff.post("officer", path + "/messages", Map.of("message", update, "version", 5));
		assertThat(messaged.body().get("version").asLong()).isEqualTo(6);
		assertThat(messaged.body().get("status").asString()).isEqualTo("IN_PROGRESS");
		assertThat(this.staff.post("officer", path + "/resolve", Map.of("message", "ซ่อมแล้ว")).status())
			.isEqualTo(200);
		assertThat(this.staff.post("officer", path + "/close", null).status()).isEqualTo(200);

		Reply officerReopens = this.staff.post("officer", path + "/reopen", Map.of("reason", "Not fixed"));
		assertThat(officerReopens.status()).isEqualTo(403);
		Reply noReason = this.staff.post("supervisor", path + "/reopen", Map.of());
		assertThat(noReason.status()).isEqualTo(400);
		assertThat(noReason.body().findValuesAsString("field")).containsExactly("reason");
		Reply reopened = this.staff.post("supervisor", path + "/reopen",
				Map.of("reason", "The complainant says the hole is back"));
		assertThat(reopened.status()).isEqualTo(200);
		assertThat(reopened.body().get("status").asString()).isEqualTo("IN_PROGRESS");
		Reply rejected = this.staff.post("officer", path + "/reject",
				Map.of("reason", "ถนนสายนี้เป็นทางหลวงแผ่นดิน", "redirectTo", "แขวงทางหลวงจังหวัด โทร 1586"));
		assertThat(rejected.status()).isEqualTo(200);
		assertThat(rejected.body().get("status").asString()).isEqualTo("REJECTED");

		List<ReceivedEvent<CaseStatusChanged>> events = awaitStatusEvents(infrastructure, complaint.trackingCode(), 10);
		assertThat(events).extracting((event) -> event.data().status())
			.containsExactly(CaseStatus.RECEIVED, CaseStatus.ACKNOWLEDGED, CaseStatus.IN_PROGRESS,
					CaseStatus.WAITING_ON_COMPLAINANT, CaseStatus.IN_PROGRESS, CaseStatus.IN_PROGRESS,
					CaseStatus.RESOLVED, CaseStatus.CLOSED, CaseStatus.IN_PROGRESS, CaseStatus.REJECTED);
		assertThat(events).extracting((event) -> event.data().change())
			.containsExactly(CaseChange.OPENED, CaseChange.STATUS_CHANGED, CaseChange.STATUS_CHANGED,
					CaseChange.STATUS_CHANGED, CaseChange.STATUS_CHANGED, CaseChange.PUBLIC_MESSAGE,
					CaseChange.STATUS_CHANGED, CaseChange.STATUS_CHANGED, CaseChange.REOPENED,
					CaseChange.STATUS_CHANGED);
		assertThat(events).extracting((event) -> event.data().sla())
			.containsExactly(SlaStanding.ON_TRACK, SlaStanding.ON_TRACK, SlaStanding.ON_TRACK, SlaStanding.PAUSED,
					SlaStanding.ON_TRACK, SlaStanding.ON_TRACK, SlaStanding.ON_TRACK, SlaStanding.ON_TRACK,
					SlaStanding.ON_TRACK, SlaStanding.ON_TRACK);
		assertThat(events.get(3).data().publicMessage()).isEqualTo(question);
		assertThat(events.get(5).data().publicMessage()).isEqualTo(update);
		assertThat(events.get(5).data().previousStatus()).isEqualTo(CaseStatus.IN_PROGRESS);
		assertThat(events.get(9).data().publicMessage()).contains("ทางหลวงแผ่นดิน", "แขวงทางหลวงจังหวัด");
		assertThat(events.get(8).data().publicMessage()).isNull();
		List<TopicRecord> statusTopic = TopicReader.readAll(infrastructure.kafkaBootstrapServers(), Topics.CASE_STATUS);
		assertThat(statusTopic).noneMatch((record) -> record.contains(internal));

		Reply officerAudit = this.staff.get("officer", path + "/audit");
		assertThat(officerAudit.status()).isEqualTo(403);
		Reply audit = this.staff.get("auditor", path + "/audit");
		assertThat(audit.status()).isEqualTo(200);
		assertThat(audit.body().findValuesAsString("action")).containsExactly("OPENED", "ROUTED", "ACKNOWLEDGED",
				"STARTED", "WAITING_ON_COMPLAINANT", "RESUMED", "NOTE", "PUBLIC_MESSAGE", "RESOLVED", "CLOSED",
				"REOPENED", "REJECTED");
		JsonNode note = audit.body().get(6);
		assertThat(note.get("message").asString()).isEqualTo(internal);
		assertThat(note.get("visibility").asString()).isEqualTo("INTERNAL");
		assertThat(note.get("by").asString()).isEqualTo("officer");
		assertThat(audit.body().get(10).get("by").asString()).isEqualTo("supervisor");
		assertThat(this.staff.post("auditor", path + "/notes", Map.of("text", "x")).status()).isEqualTo(403);
	}

	@Test
	void aCaseIsReferredToANamedOutsideBody(Infrastructure infrastructure) throws Exception {
		ComplaintSubmitted complaint = open(infrastructure, Category.NUISANCE);
		String path = "/api/v1/cases/" + complaint.trackingCode();

		Reply unknown = this.staff.post("officer2", path + "/refer", Map.of("to", "MAYOR"));
		assertThat(unknown.status()).isEqualTo(400);
		assertThat(unknown.body().findValuesAsString("field")).containsExactly("to");
		Reply referred = this.staff.post("officer2", path + "/refer",
				Map.of("to", "DAMRONGTHAM", "message", "ศูนย์ฯ จะติดต่อท่านโดยตรง"));
		assertThat(referred.status()).isEqualTo(200);
		assertThat(referred.body().get("status").asString()).isEqualTo("REFERRED");

		List<ReceivedEvent<CaseStatusChanged>> events = awaitStatusEvents(infrastructure, complaint.trackingCode(), 2);
		assertThat(events.get(1).data().status()).isEqualTo(CaseStatus.REFERRED);
		assertThat(events.get(1).data().publicMessage()).contains("ศูนย์ดำรงธรรมจังหวัด", "ติดต่อท่านโดยตรง");
		Reply again = this.staff.post("officer2", path + "/resolve", Map.of("message", "x"));
		assertThat(again.status()).isEqualTo(409);
		assertThat(StaffHttp.texts(again.body().get("allowedActions"))).containsExactly("reopen");
	}

	private ComplaintSubmitted open(Infrastructure infrastructure, Category category) throws Exception {
		Instant receivedAt = Instant.now().minus(Duration.ofDays(1)).truncatedTo(ChronoUnit.MILLIS);
		String code = "SJ-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
		ComplaintSubmitted complaint = new ComplaintSubmitted(code, category, Channel.WEB, "Problem " + code,
				"Details " + code, null, null, receivedAt, receivedAt.plus(Duration.ofDays(15)));
		try (TopicWriter topics = TopicWriter.connect(infrastructure.kafkaBootstrapServers())) {
			topics.send(Topics.COMPLAINTS, code, this.intake.encode(EventType.COMPLAINT_SUBMITTED,
					UUID.randomUUID().toString(), code, receivedAt, complaint));
		}
		await().atMost(PATIENCE)
			.untilAsserted(
					() -> assertThat(this.staff.get("supervisor", "/api/v1/cases/" + code).status()).isEqualTo(200));
		return complaint;
	}

	private List<ReceivedEvent<CaseStatusChanged>> awaitStatusEvents(Infrastructure infrastructure, String caseId,
			int count) {
		List<ReceivedEvent<CaseStatusChanged>> events = new ArrayList<>();
		await().atMost(PATIENCE).untilAsserted(() -> {
			events.clear();
			for (TopicRecord record : TopicReader.readAll(infrastructure.kafkaBootstrapServers(), Topics.CASE_STATUS)) {
				if (caseId.equals(record.key())) {
					events.add(this.intake.decode(EventType.CASE_STATUS_CHANGED, record.value()));
				}
			}
			assertThat(events).hasSize(count);
		});
		return events;
	}

}
