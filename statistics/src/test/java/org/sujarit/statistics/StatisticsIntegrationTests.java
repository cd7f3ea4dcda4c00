package org.sujarit.statistics;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sujarit.platform.events.CaseChange;
import org.sujarit.platform.events.CaseStatus;
import org.sujarit.platform.events.CaseStatusChanged;
import org.sujarit.platform.events.Category;
import org.sujarit.platform.events.Channel;
import org.sujarit.platform.events.EventCodec;
import org.sujarit.platform.events.EventType;
import org.sujarit.platform.events.SlaAlert;
import org.sujarit.platform.events.SlaAlertKind;
import org.sujarit.platform.events.SlaStanding;
import org.sujarit.platform.events.Topics;
import org.sujarit.platform.testkit.ConsumerGroups;
import org.sujarit.platform.testkit.Infrastructure;
import org.sujarit.platform.testkit.SujaritIntegrationTest;
import org.sujarit.platform.testkit.TopicWriter;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Each test counts its own fiscal year, so the tests do not see each other's cases.
 */
@SujaritIntegrationTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "spring.config.name=statistics")
class StatisticsIntegrationTests {

	private static final Duration PATIENCE = Duration.ofSeconds(30);

	private static TopicWriter topics;

	private final EventCodec codec = new EventCodec("/sujarit/test");

	private final JsonMapper json = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newHttpClient();

	private final Infrastructure infrastructure;

	@LocalServerPort
	private int port;

	StatisticsIntegrationTests(Infrastructure infrastructure) {
		this.infrastructure = infrastructure;
	}

	@BeforeAll
	static void startProducer(Infrastructure infrastructure) {
		topics = TopicWriter.connect(infrastructure.kafkaBootstrapServers());
	}

	@AfterAll
	static void stopProducer() {
		topics.close();
	}

	@Test
	void countsTheYearByChannelCategoryUnitAndStatus() throws Exception {
		Instant received = at("2026-01-15T10:00:00+07:00");
		String road = caseId();
		String waste = caseId();
		String bribe = caseId();
		publish(change(road, 1, Channel.WEB, Category.ROADS, "PUBLIC_WORKS", CaseStatus.RECEIVED, received));
		publish(change(waste, 1, Channel.PHONE, Category.WASTE, "PUBLIC_HEALTH", CaseStatus.RECEIVED, received));
		publish(change(bribe, 1, Channel.WHISTLEBLOWER, Category.BRIBERY, "LEGAL", CaseStatus.RECEIVED, received));
		publish(change(road, 2, Channel.WEB, Category.ROADS, "PUBLIC_WORKS", CaseStatus.RESOLVED, received));

		await().atMost(PATIENCE).until(() -> {
			JsonNode year = get("2569").body();
			return year.path("total").asLong() == 3 && year.path("byStatus").path("RESOLVED").asLong() == 1;
		});

		Response response = get("2569");
		assertThat(response.status()).isEqualTo(200);
		JsonNode year = response.body();
		assertThat(year.path("fiscalYear").asInt()).isEqualTo(2569);
		assertThat(year.path("from").asString()).isEqualTo("2025-10-01");
		assertThat(year.path("to").asString()).isEqualTo("2026-09-30");
		assertThat(year.path("total").asLong()).isEqualTo(3);
		assertThat(counts(year, "byChannel")).hasSize(Channel.values().length)
			.containsEntry("WEB", 1L)
			.containsEntry("PHONE", 1L)
			.containsEntry("WHISTLEBLOWER", 1L)
			.containsEntry("LETTER", 0L);
		assertThat(counts(year, "byCategory")).hasSize(Category.values().length)
			.containsEntry("ROADS", 1L)
			.containsEntry("WASTE", 1L)
			.containsEntry("BRIBERY", 1L)
			.containsEntry("PROCUREMENT", 0L);
		assertThat(counts(year, "byUnit")).isEqualTo(Map.of("LEGAL", 1L, "PUBLIC_HEALTH", 1L, "PUBLIC_WORKS", 1L));
		assertThat(counts(year, "byStatus")).hasSize(CaseStatus.values().length)
			.containsEntry("RECEIVED", 2L)
			.containsEntry("RESOLVED", 1L)
			.containsEntry("CLOSED", 0L);
		// counts only: nothing that points at a case
		assertThat(year.toString()).doesNotContain(road, waste, bribe);
	}

	@Test
	void repeatedAndOlderEventsChangeNothing() throws Exception {
		Instant received = at("2028-03-01T09:00:00+07:00");
		String id = caseId();
		CaseStatusChanged opened = change(id, 1, Channel.LETTER, Category.NUISANCE, "PUBLIC_HEALTH",
				CaseStatus.RECEIVED, received);
		CaseStatusChanged working = change(id, 2, Channel.LETTER, Category.NUISANCE, "PUBLIC_HEALTH",
				CaseStatus.IN_PROGRESS, received);
		publish(opened);
		publish(working);
		publish(working);
		publish(opened);
		awaitConsumed();

		JsonNode year = get("2571").body();
		assertThat(year.path("total").asLong()).isEqualTo(1);
		assertThat(counts(year, "byStatus")).containsEntry("IN_PROGRESS", 1L).containsEntry("RECEIVED", 0L);
		assertThat(counts(year, "byChannel")).containsEntry("LETTER", 1L);
	}

	@Test
	void aCaseCountsInTheFiscalYearItWasReceivedIn() throws Exception {
		String lastMinute = caseId();
		String firstMinute = caseId();
		Instant endOf2572 = at("2029-09-30T23:59:00+07:00");
		publish(change(lastMinute, 1, Channel.WALK_IN, Category.MARKETS, "CLERK", CaseStatus.RECEIVED, endOf2572));
		// resolved in the next fiscal year: still counted where it was received
		publish(new CaseStatusChanged(lastMinute, 2, Category.MARKETS, Channel.WALK_IN, "CLERK", CaseStatus.RESOLVED,
				CaseStatus.RECEIVED, endOf2572, endOf2572.plus(Duration.ofDays(15)), at("2029-10-05T10:00:00+07:00"),
				null));
		publish(change(firstMinute, 1, Channel.FACEBOOK, Category.MARKETS, "CLERK", CaseStatus.RECEIVED,
				at("2029-10-01T00:00:00+07:00")));
		awaitConsumed();

		JsonNode fy2572 = get("2572").body();
		JsonNode fy2573 = get("2573").body();
		assertThat(fy2572.path("total").asLong()).isEqualTo(1);
		assertThat(counts(fy2572, "byChannel")).containsEntry("WALK_IN", 1L).containsEntry("FACEBOOK", 0L);
		assertThat(counts(fy2572, "byStatus")).containsEntry("RESOLVED", 1L);
		assertThat(fy2573.path("total").asLong()).isEqualTo(1);
		assertThat(counts(fy2573, "byChannel")).containsEntry("FACEBOOK", 1L).containsEntry("WALK_IN", 0L);
		assertThat(fy2573.path("from").asString()).isEqualTo("2029-10-01");
	}

	@Test
	void aCaseThatMissedItsDeadlineStaysBreachedWhenResolvedLaterAndAlertsAreNotCounted() throws Exception {
		Instant received = at("2031-02-01T09:00:00+07:00");
		Instant due = received.plus(Duration.ofDays(15));
		String late = caseId();
		String extended = caseId();
		publish(change(late, 1, Channel.WEB, Category.ROADS, "PUBLIC_WORKS", CaseStatus.RECEIVED, received));
		publish(new CaseStatusChanged(late, 2, Category.ROADS, Channel.WEB, "PUBLIC_WORKS", CaseStatus.RECEIVED,
				CaseStatus.RECEIVED, received, due, due.plusSeconds(60), null, CaseChange.BREACHED,
				SlaStanding.BREACHED));
		publish(new CaseStatusChanged(late, 3, Category.ROADS, Channel.WEB, "PUBLIC_WORKS", CaseStatus.RESOLVED,
				CaseStatus.RECEIVED, received, due, due.plus(Duration.ofDays(2)), "ซ่อมแล้ว", CaseChange.STATUS_CHANGED,
				SlaStanding.ON_TRACK));
		publish(change(extended, 1, Channel.WEB, Category.ROADS, "PUBLIC_WORKS", CaseStatus.RECEIVED, received));
		publish(new CaseStatusChanged(extended, 2, Category.ROADS, Channel.WEB, "PUBLIC_WORKS", CaseStatus.IN_PROGRESS,
				CaseStatus.IN_PROGRESS, received, due.plus(Duration.ofDays(10)), received.plus(Duration.ofDays(10)),
				"รองบประมาณ", CaseChange.EXTENDED, SlaStanding.EXTENDED));
		SlaAlert alert = new SlaAlert(late + ":escalation", SlaAlertKind.ESCALATION, "PUBLIC_WORKS", late, null, due, 0,
				List.of(), due.plusSeconds(60));
		topics.send(Topics.CASE_STATUS, late,
				this.codec.encode(EventType.SLA_ALERT, alert.alertId(), late, alert.raisedAt(), alert));
		awaitConsumed();

		JsonNode year = get("2574").body();
		assertThat(year.path("total").asLong()).isEqualTo(2);
		assertThat(counts(year, "byStatus")).containsEntry("RESOLVED", 1L).containsEntry("IN_PROGRESS", 1L);
		assertThat(counts(year, "bySla")).containsEntry("BREACHED", 1L)
			.containsEntry("EXTENDED", 1L)
			.containsEntry("ON_TRACK", 0L);
	}

	@Test
	void aYearWithoutCasesHasEveryCountAtZero() throws Exception {
		Response response = get("2700");

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.body().path("total").asLong()).isZero();
		assertThat(counts(response.body(), "byChannel")).hasSize(Channel.values().length)
			.allSatisfy((name, count) -> assertThat(count).isZero());
		assertThat(counts(response.body(), "byUnit")).isEmpty();
	}

	@Test
	void aYearThatIsNotABuddhistEraNumberIsABadRequest() throws Exception {
		for (String bad : List.of("abc", "2026", "2801", "-2569")) {
			Response response = get(bad);

			assertThat(response.status()).as(bad).isEqualTo(400);
			assertThat(response.contentType()).as(bad).startsWith("application/problem+json");
			JsonNode error = response.body().path("errors").path(0);
			assertThat(error.path("field").asString()).as(bad).isEqualTo("fiscalYear");
			assertThat(error.path("rule").asString()).as(bad).isIn("type", "range");
			assertThat(error.path("messageTh").asString()).as(bad).isNotBlank();
		}
	}

	private void publish(CaseStatusChanged change) throws Exception {
		byte[] value = this.codec.encode(EventType.CASE_STATUS_CHANGED, UUID.randomUUID().toString(), change.caseId(),
				change.changedAt(), change);
		topics.send(Topics.CASE_STATUS, change.caseId(), value);
	}

	private static CaseStatusChanged change(String caseId, long version, Channel channel, Category category,
			String unit, CaseStatus status, Instant received) {
		CaseStatus previous = (version == 1) ? null : CaseStatus.RECEIVED;
		return new CaseStatusChanged(caseId, version, category, channel, unit, status, previous, received,
				received.plus(Duration.ofDays(15)), received.plus(Duration.ofHours(version)), null);
	}

	private void awaitConsumed() {
		await().atMost(PATIENCE)
			.until(() -> ConsumerGroups.caughtUp(this.infrastructure.kafkaBootstrapServers(), "statistics",
					List.of(Topics.CASE_STATUS)));
	}

	private Response get(String year) throws Exception {
		HttpRequest request = HttpRequest
			.newBuilder(URI.create("http://localhost:" + this.port + "/api/v1/statistics/" + year))
			.GET()
			.build();
		HttpResponse<String> response = this.http.send(request, HttpResponse.BodyHandlers.ofString());
		return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
				this.json.readTree(response.body()));
	}

	private static Map<String, Long> counts(JsonNode year, String field) {
		Map<String, Long> counts = new java.util.LinkedHashMap<>();
		year.path(field).properties().forEach((entry) -> counts.put(entry.getKey(), entry.getValue().asLong()));
		return counts;
	}

	private static Instant at(String timestamp) {
		return OffsetDateTime.parse(timestamp).toInstant();
	}

	private static String caseId() {
		return "SJ-" + UUID.randomUUID().toString().substring(0, 5).toUpperCase() + "-"
				+ UUID.randomUUID().toString().substring(0, 5).toUpperCase();
	}

	private record Response(int status, String contentType, JsonNode body) {
	}

}
