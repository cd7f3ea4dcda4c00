package org.sujarit.cases;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sujarit.platform.events.Accused;
import org.sujarit.platform.events.CaseStatus;
import org.sujarit.platform.events.CaseStatusChanged;
import org.sujarit.platform.events.Category;
import org.sujarit.platform.events.Channel;
import org.sujarit.platform.events.Complainant;
import org.sujarit.platform.events.ComplaintSubmitted;
import org.sujarit.platform.events.EventCodec;
import org.sujarit.platform.events.EventType;
import org.sujarit.platform.events.Location;
import org.sujarit.platform.events.ReceivedEvent;
import org.sujarit.platform.events.ReportSanitized;
import org.sujarit.platform.events.Topics;
import org.sujarit.platform.runtime.staff.StaffRole;
import org.sujarit.platform.testkit.ConsumerGroups;
import org.sujarit.platform.testkit.Infrastructure;
import org.sujarit.platform.testkit.LogCapture;
import org.sujarit.platform.testkit.StaffTokens;
import org.sujarit.platform.testkit.SujaritIntegrationTest;
import org.sujarit.platform.testkit.TopicReader;
import org.sujarit.platform.testkit.TopicRecord;
import org.sujarit.platform.testkit.TopicWriter;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@SujaritIntegrationTest
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "spring.config.name=case-tracking")
class CaseTrackingIntegrationTests {

	private static final Duration PATIENCE = Duration.ofSeconds(60);

	@DynamicPropertySource
	static void staffTokens(DynamicPropertyRegistry registry) {
		StaffHttp.register(registry);
	}

	// contact details no event, log line or answer outside the case may ever carry
	private static final Complainant CANARY = new Complainant("Canary Kanokwan", "0899990001",
			"canary.kanokwan@example.org", "canary-line-id");

	private final EventCodec intake = new EventCodec("/sujarit/complaint-intake");

	private final HttpClient http = HttpClient.newHttpClient();

	private final JsonMapper json = JsonMapper.builder().build();

	@LocalServerPort
	private int port;

	private LogCapture logs;

	@BeforeEach
	void captureLogs() {
		this.logs = new LogCapture().start();
	}

	@AfterEach
	void stopCapture() {
		this.logs.stop();
	}

	@Test
	void complaintOpensOneCaseInTheUnitQueueDueWhenIntakeSaid(Infrastructure infrastructure) throws Exception {
		ComplaintSubmitted complaint = complaint(Category.ROADS);
		byte[] event = this.intake.encode(EventType.COMPLAINT_SUBMITTED, UUID.randomUUID().toString(),
				complaint.trackingCode(), complaint.receivedAt(), complaint);

		publish(infrastructure, Topics.COMPLAINTS, complaint.trackingCode(), event);

		JsonNode item = awaitInQueue("PUBLIC_WORKS", complaint.trackingCode());
		assertThat(Instant.parse(item.get("respondBy").asString())).isEqualTo(complaint.respondBy());
		assertThat(Instant.parse(item.get("receivedAt").asString())).isEqualTo(complaint.receivedAt());
		assertThat(item.get("title").asString()).isEqualTo(complaint.subject());
		assertThat(item.get("status").asString()).isEqualTo("RECEIVED");
		assertThat(item.get("kind").asString()).isEqualTo("GENERAL");
		assertThat(item.get("channel").asString()).isEqualTo("WEB");
		assertThat(item.get("version").asLong()).isEqualTo(1);
		assertThat(item.get("overdue").asBoolean()).isFalse();

		publish(infrastructure, Topics.COMPLAINTS, complaint.trackingCode(), event);
		awaitConsumed(infrastructure, Topics.COMPLAINTS);

		assertThat(queue("PUBLIC_WORKS").findValuesAsString("caseId")).containsOnlyOnce(complaint.trackingCode());
		JsonNode detail = get("/api/v1/cases/" + complaint.trackingCode(), true).body();
		assertThat(actions(detail)).containsExactly("OPENED", "ROUTED");
		assertThat(detail.get("routing").get("reason").asString()).contains("ROADS", "PUBLIC_WORKS");
		List<ReceivedEvent<CaseStatusChanged>> events = awaitStatusEvents(infrastructure, complaint.trackingCode(), 1);
		assertThat(events).singleElement().satisfies((opened) -> {
			assertThat(opened.id()).isEqualTo(complaint.trackingCode() + ":v1");
			assertThat(opened.data().status()).isEqualTo(CaseStatus.RECEIVED);
			assertThat(opened.data().previousStatus()).isNull();
			assertThat(opened.data().unit()).isEqualTo("PUBLIC_WORKS");
			assertThat(opened.data().respondBy()).isEqualTo(complaint.respondBy());
		});
	}

	@Test
	void whistleblowerReportGoesToTheLegalQueueUnderItsPseudonym(Infrastructure infrastructure) throws Exception {
		Instant receivedAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
		ReportSanitized report = new ReportSanitized(UUID.randomUUID().toString(), "Kingfisher-" + suffix(),
				Category.SERVICE_QUALITY, "[ชื่อถูกปกปิด] saw the permit officer ask for an extra fee",
				new Accused("Official Example", "Permit officer", "PUBLIC_WORKS"), true, receivedAt,
				receivedAt.plus(Duration.ofDays(15)));

		publish(infrastructure, Topics.REPORTS_SANITIZED, report.submissionId(), this.intake.encode(
				EventType.REPORT_SANITIZED, UUID.randomUUID().toString(), report.submissionId(), receivedAt, report));

		JsonNode item = awaitInQueue("LEGAL", report.submissionId());
		assertThat(item.get("title").asString()).isEqualTo(report.pseudonym());
		assertThat(item.get("kind").asString()).isEqualTo("WHISTLEBLOWER");
		assertThat(item.get("channel").asString()).isEqualTo("WHISTLEBLOWER");
		JsonNode detail = get("/api/v1/cases/" + report.submissionId(), true).body();
		assertThat(detail.get("pseudonym").asString()).isEqualTo(report.pseudonym());
		assertThat(detail.get("narrative").asString()).isEqualTo(report.narrative());
		assertThat(detail.get("accused").get("position").asString()).isEqualTo("Permit officer");
		assertThat(detail.get("identitySealed").asBoolean()).isTrue();
		assertThat(detail.has("complainant")).isFalse();
		assertThat(detail.get("unitName").asString()).isEqualTo("ฝ่ายนิติการ");
		assertThat(detail.get("routing").get("reason").asString()).contains("Whistleblower");
	}

	@Test
	void staffAcknowledgeAndResolveAndTheAnswerGoesOutWithoutContactDetails(Infrastructure infrastructure)
			throws Exception {
		ComplaintSubmitted complaint = complaint(Category.WASTE);
		publish(infrastructure, Topics.COMPLAINTS, complaint.trackingCode(),
				this.intake.encode(EventType.COMPLAINT_SUBMITTED, UUID.randomUUID().toString(),
						complaint.trackingCode(), complaint.receivedAt(), complaint));
		String path = "/api/v1/cases/" + complaint.trackingCode();
		awaitInQueue("PUBLIC_HEALTH_ENVIRONMENT", complaint.trackingCode());

		Reply acknowledged = post(path + "/acknowledge", Map.of("version", 1, "note", "Sent the waste team"),
				"officer2");
		assertThat(acknowledged.status()).isEqualTo(200);
		assertThat(acknowledged.body().get("status").asString()).isEqualTo("ACKNOWLEDGED");
		assertThat(acknowledged.body().get("version").asLong()).isEqualTo(2);

		String answer = "เก็บขยะบริเวณดังกล่าวเรียบร้อยแล้ว และจะเพิ่มรอบการเก็บทุกวันอังคาร";
		Reply stale = post(path + "/resolve", Map.of("message", answer, "version", 1));
		assertThat(stale.status()).isEqualTo(409);
		assertThat(stale.contentType()).startsWith("application/problem+json");
		assertThat(stale.body().get("currentVersion").asLong()).isEqualTo(2);
		assertThat(stale.body().get("detail").asString()).contains("version 2");

		Reply resolved = post(path + "/resolve", Map.of("message", answer, "version", 2), "officer2");
		assertThat(resolved.status()).isEqualTo(200);
		assertThat(resolved.body().get("status").asString()).isEqualTo("RESOLVED");
		assertThat(resolved.body().get("version").asLong()).isEqualTo(3);
		JsonNode last = resolved.body().get("history").get(resolved.body().get("history").size() - 1);
		assertThat(last.get("action").asString()).isEqualTo("RESOLVED");
		assertThat(last.get("by").asString()).isEqualTo("officer2");
		assertThat(last.get("message").asString()).isEqualTo(answer);
		assertThat(last.get("visibility").asString()).isEqualTo("PUBLIC");
		assertThat(actions(resolved.body())).containsExactly("OPENED", "ROUTED", "ACKNOWLEDGED", "RESOLVED");

		Reply again = post(path + "/resolve", Map.of("message", answer));
		assertThat(again.status()).isEqualTo(409);
		assertThat(again.body().get("currentStatus").asString()).isEqualTo("RESOLVED");
		assertThat(again.body().get("detail").asString()).contains("RESOLVED");
		assertThat((Iterable<JsonNode>) again.body().get("allowedActions")).extracting(JsonNode::asString)
			.containsExactly("close", "reopen");

		List<ReceivedEvent<CaseStatusChanged>> events = awaitStatusEvents(infrastructure, complaint.trackingCode(), 3);
		assertThat(events).extracting(ReceivedEvent::id)
			.containsExactly(complaint.trackingCode() + ":v1", complaint.trackingCode() + ":v2",
					complaint.trackingCode() + ":v3");
		assertThat(events).extracting((event) -> event.data().caseVersion()).containsExactly(1L, 2L, 3L);
		assertThat(events).extracting((event) -> event.data().status())
			.containsExactly(CaseStatus.RECEIVED, CaseStatus.ACKNOWLEDGED, CaseStatus.RESOLVED);
		assertThat(events).extracting((event) -> event.data().previousStatus())
			.containsExactly(null, CaseStatus.RECEIVED, CaseStatus.ACKNOWLEDGED);
		assertThat(events).extracting((event) -> event.data().publicMessage()).containsExactly(null, null, answer);
		assertThat(events).allSatisfy((event) -> {
			assertThat(event.data().unit()).isEqualTo("PUBLIC_HEALTH_ENVIRONMENT");
			assertThat(event.data().channel()).isEqualTo(Channel.WEB);
			assertThat(event.data().respondBy()).isEqualTo(complaint.respondBy());
		});
		List<TopicRecord> statusTopic = TopicReader.readAll(infrastructure.kafkaBootstrapServers(), Topics.CASE_STATUS);
		for (String contact : List.of(CANARY.name(), CANARY.phone(), CANARY.email(), CANARY.lineId(),
				complaint.description())) {
			assertThat(statusTopic).noneMatch((record) -> record.contains(contact));
			assertThat(this.logs.lines()).noneMatch((line) -> line.contains(contact));
		}
	}

	@Test
	void refusesWhatItCannotServeWithProblems() throws Exception {
		Reply anonymous = get("/api/v1/cases?queue=PUBLIC_WORKS", false);
		assertThat(anonymous.status()).isEqualTo(401);
		assertThat(anonymous.contentType()).startsWith("application/problem+json");
		HttpResponse<String> wrongPassword = this.http.send(request("/api/v1/cases?queue=PUBLIC_WORKS")
			// signed with a key the service does not trust
			.header("Authorization", new StaffTokens().bearer("supervisor", null, StaffRole.SUPERVISOR))
			.GET()
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(wrongPassword.statusCode()).isEqualTo(401);
		assertThat(get("/actuator/health", false).status()).isEqualTo(200);
		assertThat(get("/actuator/prometheus", false).status()).isEqualTo(200);

		Reply noMessage = post("/api/v1/cases/SJ-ANY/resolve", Map.of("version", 1));
		assertThat(noMessage.status()).as("%s", noMessage.body()).isEqualTo(400);
		assertThat(noMessage.body().findValuesAsString("field")).as("%s", noMessage.body()).containsExactly("message");

		Reply unknownQueue = get("/api/v1/cases?queue=MAYOR", true);
		assertThat(unknownQueue.status()).isEqualTo(400);
		assertThat(unknownQueue.body().findValuesAsString("field")).as("%s", unknownQueue.body())
			.containsExactly("queue");

		Reply tooLarge = get("/api/v1/cases?queue=LEGAL&size=500", true);
		assertThat(tooLarge.status()).isEqualTo(400);
		assertThat(tooLarge.body().findValuesAsString("field")).as("%s", tooLarge.body()).containsExactly("size");

		Reply unknownCase = get("/api/v1/cases/SJ-" + suffix(), true);
		assertThat(unknownCase.status()).isEqualTo(404);
		assertThat(unknownCase.contentType()).startsWith("application/problem+json");
	}

	private ComplaintSubmitted complaint(Category category) {
		Instant receivedAt = Instant.now().minus(Duration.ofDays(2)).truncatedTo(ChronoUnit.MILLIS);
		return new ComplaintSubmitted("SJ-" + suffix(), category, Channel.WEB, "Problem on Soi Suksawat 5",
				"Described in detail by complainant " + suffix(), new Location("Soi Suksawat 5", 13.75, 100.5), CANARY,
				receivedAt, dueByTheSlaPolicy(receivedAt));
	}

	// case-tracking computes the due date itself: the end of the 15th day in Bangkok
	private static Instant dueByTheSlaPolicy(Instant receivedAt) {
		java.time.ZoneId bangkok = java.time.ZoneId.of("Asia/Bangkok");
		return receivedAt.atZone(bangkok).toLocalDate().plusDays(16).atStartOfDay(bangkok).toInstant().minusMillis(1);
	}

	private static String suffix() {
		return UUID.randomUUID().toString().substring(0, 8).toUpperCase();
	}

	private JsonNode awaitInQueue(String queue, String caseId) {
		List<JsonNode> found = new ArrayList<>();
		await().atMost(PATIENCE).untilAsserted(() -> {
			found.clear();
			queue(queue).get("items").forEach((item) -> {
				if (caseId.equals(item.get("caseId").asString())) {
					found.add(item);
				}
			});
			assertThat(found).hasSize(1);
		});
		return found.get(0);
	}

	private JsonNode queue(String queue) throws Exception {
		Reply reply = get("/api/v1/cases?queue=" + queue + "&size=200", true);
		assertThat(reply.status()).isEqualTo(200);
		return reply.body();
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

	private static List<String> actions(JsonNode detail) {
		return detail.get("history").findValuesAsString("action");
	}

	private static void publish(Infrastructure infrastructure, String topic, String key, byte[] value)
			throws Exception {
		try (TopicWriter topics = TopicWriter.connect(infrastructure.kafkaBootstrapServers())) {
			topics.send(topic, key, value);
		}
	}

	// the service's consumer group has committed everything the topic holds
	private static void awaitConsumed(Infrastructure infrastructure, String topic) {
		await().atMost(PATIENCE)
			.until(() -> ConsumerGroups.caughtUp(infrastructure.kafkaBootstrapServers(), "case-tracking",
					List.of(topic)));
	}

	private Reply get(String path, boolean authenticated) throws Exception {
		return get(path, authenticated ? "supervisor" : null);
	}

	private Reply get(String path, String user) throws Exception {
		HttpRequest.Builder request = request(path).GET();
		if (user != null) {
			request.header("Authorization", StaffHttp.authorization(user));
		}
		return send(request.build());
	}

	private Reply post(String path, Object body) throws Exception {
		return post(path, body, "supervisor");
	}

	private Reply post(String path, Object body, String user) throws Exception {
		return send(request(path).header("Authorization", StaffHttp.authorization(user))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofByteArray(this.json.writeValueAsBytes(body)))
			.build());
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.timeout(Duration.ofSeconds(30));
	}

	private Reply send(HttpRequest request) throws Exception {
		HttpResponse<String> response = this.http.send(request, HttpResponse.BodyHandlers.ofString());
		String contentType = response.headers().firstValue("Content-Type").orElse("");
		JsonNode body = contentType.contains("json") ? this.json.readTree(response.body())
				: this.json.createObjectNode();
		return new Reply(response.statusCode(), contentType, body);
	}

	private record Reply(int status, String contentType, JsonNode body) {
	}

}
