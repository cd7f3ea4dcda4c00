package org.sujarit.cases.sla;

import org.sujarit.cases.sla.internal.SlaScanner;
import org.sujarit.cases.sla.internal.SlaTimers;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import io.micrometer.core.instrument.MeterRegistry;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sujarit.cases.CaseTrackingApplication;
import org.sujarit.cases.casefile.CaseDocument;
import org.sujarit.cases.opening.CaseOpener;
import org.sujarit.platform.events.CaseChange;
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
import org.sujarit.platform.events.SlaAlert;
import org.sujarit.platform.events.SlaAlertKind;
import org.sujarit.platform.events.SlaStanding;
import org.sujarit.platform.events.Topics;
import org.sujarit.platform.runtime.staff.StaffRole;
import org.sujarit.platform.testkit.StaffTokens;
import org.sujarit.platform.testkit.Infrastructure;
import org.sujarit.platform.testkit.SujaritIntegrationTest;
import org.sujarit.platform.testkit.TopicReader;
import org.sujarit.platform.testkit.TopicRecord;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The SLA engine against the embedded broker and store, with a clock the test moves. Each
 * test starts its own case-tracking instances on its own database, so it can stop and
 * restart them and run two at once.
 */
@SujaritIntegrationTest
class SlaIntegrationTests {

	private static final Duration PATIENCE = Duration.ofSeconds(90);

	private static final ZoneId BANGKOK = ZoneId.of("Asia/Bangkok");

	// Monday 23 November 2026, 10:00 in Bangkok: due at the end of 8 December
	private static final Instant RECEIVED = Instant.parse("2026-11-23T03:00:00Z");

	private static final Instant DUE = Instant.parse("2026-12-08T16:59:59.999Z");

	private static final StaffTokens TOKENS = new StaffTokens();

	private static final String STAFF = TOKENS.bearer("supervisor", null, StaffRole.SUPERVISOR);

	private final EventCodec codec = new EventCodec("/sujarit/sla-test");

	private final JsonMapper json = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newHttpClient();

	private final MutableClock clock = new MutableClock(RECEIVED.plus(Duration.ofMinutes(1)));

	private final String database = "sla-" + UUID.randomUUID();

	private final List<ConfigurableApplicationContext> running = new ArrayList<>();

	@AfterEach
	void stopAll() {
		this.running.forEach(ConfigurableApplicationContext::close);
	}

	@Test
	void remindsAtFiveAndOneDayThenBreachesAndEscalatesOnce(Infrastructure infrastructure) {
		ConfigurableApplicationContext instance = start();
		String caseId = open(instance, Category.ROADS);

		CaseStatusChanged opened = awaitStatus(infrastructure, caseId, 1).get(0);
		assertThat(opened.respondBy()).isEqualTo(DUE);
		assertThat(opened.sla()).isEqualTo(SlaStanding.ON_TRACK);

		this.clock.set(DUE.minus(Duration.ofDays(5)).plus(Duration.ofMinutes(2)));
		SlaAlert five = awaitAlert(infrastructure, caseId + ":reminder-P5D:" + DUE);
		assertThat(five.kind()).isEqualTo(SlaAlertKind.REMINDER);
		assertThat(five.daysBefore()).isEqualTo(5);
		assertThat(five.unit()).isEqualTo("PUBLIC_WORKS");
		assertThat(five.dueAt()).isEqualTo(DUE);

		// 8 December, 08:30 in Bangkok: the unit's digest lists the case due today
		this.clock.set(LocalDate.of(2026, 12, 8).atTime(8, 30).atZone(BANGKOK).toInstant());
		SlaAlert digest = awaitAlert(infrastructure, "digest:PUBLIC_WORKS:2026-12-08");
		assertThat(digest.kind()).isEqualTo(SlaAlertKind.DIGEST);
		assertThat(digest.dueCaseIds()).containsExactly(caseId);
		assertThat(digest.caseId()).isNull();

		this.clock.set(DUE.minus(Duration.ofDays(1)).plus(Duration.ofHours(10)));
		assertThat(awaitAlert(infrastructure, caseId + ":reminder-P1D:" + DUE).daysBefore()).isEqualTo(1);

		this.clock.set(DUE.plus(Duration.ofMinutes(3)));
		SlaAlert escalation = awaitAlert(infrastructure, caseId + ":escalation");
		assertThat(escalation.kind()).isEqualTo(SlaAlertKind.ESCALATION);
		List<CaseStatusChanged> statuses = awaitStatus(infrastructure, caseId, 2);
		assertThat(statuses.get(1).change()).isEqualTo(CaseChange.BREACHED);
		assertThat(statuses.get(1).sla()).isEqualTo(SlaStanding.BREACHED);
		assertThat(statuses.get(1).status()).isEqualTo(CaseStatus.RECEIVED);
		assertThat(statuses.get(1).caseVersion()).isEqualTo(2);
		Document sla = caseDocument(instance, caseId).get(SlaFields.SLA, Document.class);
		assertThat(sla.getBoolean("breached")).isTrue();

		this.clock.advance(Duration.ofHours(1));
		awaitPass(instance);
		assertThat(alertsEmitted(instance, "reminder")).isEqualTo(2);
		assertThat(alertsEmitted(instance, "escalation")).isEqualTo(1);
		assertThat(alertsEmitted(instance, "digest")).isEqualTo(1);
		assertThat(alertIds(infrastructure, caseId)).containsExactlyInAnyOrder(caseId + ":reminder-P5D:" + DUE,
				caseId + ":reminder-P1D:" + DUE, caseId + ":escalation");
	}

	@Test
	void anExtensionBeforeTheDeadlineAvoidsTheBreachUntilTheNewDate(Infrastructure infrastructure) throws Exception {
		ConfigurableApplicationContext instance = start();
		String caseId = open(instance, Category.WASTE);
		awaitStatus(infrastructure, caseId, 1);

		JsonNode blank = post(instance, caseId, Map.of("newDueDate", "2026-12-20", "explanation", " "), 422);
		assertThat(blank.toString()).contains("explanation");
		JsonNode earlier = post(instance, caseId,
				Map.of("newDueDate", "2026-12-08", "explanation", "Waiting for the contractor"), 422);
		assertThat(earlier.toString()).contains("newDueDate", "not-later");
		post(instance, caseId, Map.of("newDueDate", "2026-12-20", "explanation", "x", "version", 7), 409);

		String explanation = "ต้องรอผู้รับเหมาซ่อมท่อระบายน้ำ: we need the contractor's survey first";
		JsonNode extended = post(instance, caseId,
				Map.of("newDueDate", "2026-12-20", "explanation", explanation, "version", 1), 200);
		Instant newDue = Instant.parse("2026-12-20T16:59:59.999Z");
		assertThat(Instant.parse(extended.get("respondBy").asString())).isEqualTo(newDue);
		CaseStatusChanged change = awaitStatus(infrastructure, caseId, 2).get(1);
		assertThat(change.change()).isEqualTo(CaseChange.EXTENDED);
		assertThat(change.sla()).isEqualTo(SlaStanding.EXTENDED);
		assertThat(change.respondBy()).isEqualTo(newDue);
		assertThat(change.publicMessage()).isEqualTo(explanation);

		this.clock.set(DUE.plus(Duration.ofHours(2)));
		awaitPass(instance);
		assertThat(alertIds(infrastructure, caseId)).noneMatch((id) -> id.endsWith(":escalation"));
		assertThat(statuses(infrastructure, caseId)).hasSize(2);

		this.clock.set(newDue.plus(Duration.ofMinutes(2)));
		awaitAlert(infrastructure, caseId + ":escalation");
		CaseStatusChanged breached = awaitStatus(infrastructure, caseId, 3).get(2);
		assertThat(breached.sla()).isEqualTo(SlaStanding.BREACHED);
		assertThat(breached.respondBy()).isEqualTo(newDue);

		JsonNode late = post(instance, caseId, Map.of("newDueDate", "2026-12-30", "explanation", "Too late"), 409);
		assertThat(late.toString()).contains("deadline-passed");
	}

	@Test
	void aCaseWaitingOnTheComplainantDoesNotBreachAndResumesWithItsDueDatePushed(Infrastructure infrastructure) {
		ConfigurableApplicationContext instance = start();
		String caseId = open(instance, Category.STREET_LIGHTING);
		awaitStatus(infrastructure, caseId, 1);
		SlaClock sla = instance.getBean(SlaClock.class);
		MongoTemplate mongo = instance.getBean(MongoTemplate.class);

		// what case handling will do when staff wait on the complainant
		Instant pausedAt = DUE.minus(Duration.ofDays(2));
		this.clock.set(pausedAt);
		Update pause = new Update().set(CaseDocument.STATUS, CaseStatus.WAITING_ON_COMPLAINANT.name());
		sla.paused(pause, pausedAt);
		mongo.updateFirst(byId(caseId), pause, CaseDocument.COLLECTION);

		this.clock.set(DUE.plus(Duration.ofDays(3)));
		awaitPass(instance);
		assertThat(alertIds(infrastructure, caseId)).noneMatch((id) -> id.endsWith(":escalation"));
		assertThat(caseDocument(instance, caseId).get(SlaFields.SLA, Document.class).getBoolean("breached")).isFalse();

		Instant resumedAt = this.clock.instant();
		Update resume = new Update().set(CaseDocument.STATUS, CaseStatus.IN_PROGRESS.name());
		Instant moved = sla.resumed(caseId, resumedAt, resume);
		mongo.updateFirst(byId(caseId), resume, CaseDocument.COLLECTION);
		assertThat(moved).isEqualTo(DUE.plus(Duration.between(pausedAt, resumedAt)));

		this.clock.set(moved.minus(Duration.ofMinutes(30)));
		awaitPass(instance);
		assertThat(alertIds(infrastructure, caseId)).noneMatch((id) -> id.endsWith(":escalation"));

		this.clock.set(moved.plus(Duration.ofMinutes(2)));
		assertThat(awaitAlert(infrastructure, caseId + ":escalation").dueAt()).isEqualTo(moved);
	}

	@Test
	void aRestartAfterMissedTicksEmitsWhatWasMissedOnceAndNothingTwice(Infrastructure infrastructure) {
		ConfigurableApplicationContext first = start();
		String caseId = open(first, Category.ROADS);
		this.clock.set(DUE.minus(Duration.ofDays(5)).plus(Duration.ofMinutes(2)));
		awaitAlert(infrastructure, caseId + ":reminder-P5D:" + DUE);
		awaitPass(first);
		assertThat(alertsEmitted(first, "reminder")).isEqualTo(1);
		close(first);

		// down over the one-day reminder and the deadline
		this.clock.set(DUE.plus(Duration.ofHours(3)));
		ConfigurableApplicationContext second = start();
		awaitAlert(infrastructure, caseId + ":escalation");
		awaitStatus(infrastructure, caseId, 2);
		awaitPass(second);
		assertThat(alertsEmitted(second, "reminder")).isZero();
		assertThat(alertsEmitted(second, "escalation")).isEqualTo(1);
		close(second);

		this.clock.advance(Duration.ofMinutes(10));
		ConfigurableApplicationContext third = start();
		awaitPass(third);
		assertThat(alertsEmitted(third, "reminder") + alertsEmitted(third, "escalation")).isZero();
		// the one-day reminder came due while down, but the deadline passed too: the
		// escalation replaces it
		assertThat(alertIds(infrastructure, caseId)).containsExactlyInAnyOrder(caseId + ":reminder-P5D:" + DUE,
				caseId + ":escalation");
		assertThat(statuses(infrastructure, caseId)).extracting(CaseStatusChanged::caseVersion).containsExactly(1L, 2L);
	}

	@Test
	void twoInstancesEmitEachAlertOnce(Infrastructure infrastructure) {
		ConfigurableApplicationContext one = start();
		ConfigurableApplicationContext two = start();
		List<String> caseIds = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			caseIds.add(open((i % 2 == 0) ? one : two, Category.ROADS));
		}

		this.clock.set(DUE.minus(Duration.ofDays(1)).plus(Duration.ofMinutes(5)));
		await().atMost(PATIENCE)
			.untilAsserted(() -> assertThat(Set.copyOf(alertIds(infrastructure, Set.copyOf(caseIds)))).hasSize(20));
		this.clock.set(DUE.plus(Duration.ofMinutes(5)));
		await().atMost(PATIENCE)
			.untilAsserted(() -> assertThat(Set.copyOf(alertIds(infrastructure, Set.copyOf(caseIds)))).hasSize(40));
		awaitPass(one);
		awaitPass(two);

		// both relays may publish an outbox entry (consumers drop the copy by event id);
		// what must happen once is the emission, counted by the instances that made it
		assertThat(alertsEmitted(one, "reminder") + alertsEmitted(two, "reminder")).isEqualTo(20);
		assertThat(alertsEmitted(one, "escalation") + alertsEmitted(two, "escalation")).isEqualTo(20);
		assertThat(Set.copyOf(alertIds(infrastructure, Set.copyOf(caseIds)))).hasSize(40);
		for (String caseId : caseIds) {
			assertThat(statuses(infrastructure, caseId).stream().map(CaseStatusChanged::change).distinct())
				.containsExactly(CaseChange.OPENED, CaseChange.BREACHED);
			assertThat(statuses(infrastructure, caseId)).allMatch((status) -> status.caseVersion() <= 2);
		}
	}

	private static double alertsEmitted(ConfigurableApplicationContext context, String kind) {
		return context.getBean(MeterRegistry.class).get("sujarit.sla.alerts").tag("kind", kind).counter().count();
	}

	private ConfigurableApplicationContext start() {
		ConfigurableApplicationContext context = CaseTrackingApplication.application()
			.initializers((ctx) -> ctx.getBeanFactory().registerSingleton("clock", this.clock))
			// arguments, since the service's own case-tracking.yml outranks default
			// properties
			.run("--server.port=0", "--spring.mongodb.database=" + this.database,
					"--spring.kafka.consumer.group-id=" + this.database, "--sujarit.cases.sla.tick=PT0.2S",
					// cases come from the test, not from complaints other test classes
					// publish
					"--spring.cloud.stream.default.consumer.auto-startup=false",
					"--sujarit.cases.sla.lock-at-most-for=PT10S",
					"--spring.task.scheduling.shutdown.await-termination=true",
					"--spring.task.scheduling.shutdown.await-termination-period=PT10S",
					"--sujarit.staff.public-key-location=" + TOKENS.publicKeyLocation(),
					"--sujarit.staff.issuer=" + TOKENS.issuer());
		this.running.add(context);
		return context;
	}

	private void close(ConfigurableApplicationContext context) {
		this.running.remove(context);
		context.close();
	}

	private String open(ConfigurableApplicationContext context, Category category) {
		String caseId = "SJ-SLA-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
		context.getBean(CaseOpener.class)
			.open(new ComplaintSubmitted(caseId, category, Channel.WEB, "Street problem", "Described in detail",
					new Location("Soi Suksawat 5", 13.75, 100.5),
					new Complainant("Test Person", "0800000000", null, null), RECEIVED,
					RECEIVED.plus(Duration.ofDays(15))));
		return caseId;
	}

	// waits until a pass of the scanner has read every minute up to the clock's
	private void awaitPass(ConfigurableApplicationContext context) {
		MongoTemplate mongo = context.getBean(MongoTemplate.class);
		String expected = SlaTimers.bucketId(SlaTimers.minute(this.clock.instant()));
		await().atMost(PATIENCE).until(() -> {
			Document state = mongo.findById("cursor", Document.class, SlaScanner.STATE);
			return state != null && expected.equals(state.getString("next"));
		});
	}

	private SlaAlert awaitAlert(Infrastructure infrastructure, String alertId) {
		List<SlaAlert> found = new ArrayList<>();
		await().atMost(PATIENCE).untilAsserted(() -> {
			found.clear();
			for (ReceivedEvent<SlaAlert> alert : alerts(infrastructure)) {
				if (alertId.equals(alert.data().alertId())) {
					found.add(alert.data());
				}
			}
			assertThat(found).isNotEmpty();
		});
		// a relay may publish a copy (consumers drop it by event id): the copies are
		// equal
		assertThat(found).allMatch(found.get(0)::equals);
		return found.get(0);
	}

	private List<ReceivedEvent<SlaAlert>> alerts(Infrastructure infrastructure) {
		List<ReceivedEvent<SlaAlert>> alerts = new ArrayList<>();
		for (TopicRecord record : TopicReader.readAll(infrastructure.kafkaBootstrapServers(), Topics.CASE_STATUS)) {
			if (this.codec.isOf(EventType.SLA_ALERT, record.value())) {
				alerts.add(this.codec.decode(EventType.SLA_ALERT, record.value()));
			}
		}
		return alerts;
	}

	private List<String> alertIds(Infrastructure infrastructure, String caseId) {
		return alertIds(infrastructure, Set.of(caseId));
	}

	private List<String> alertIds(Infrastructure infrastructure, Set<String> caseIds) {
		return alerts(infrastructure).stream()
			.filter((alert) -> alert.data().caseId() != null && caseIds.contains(alert.data().caseId()))
			.map((alert) -> alert.data().alertId())
			.distinct()
			.collect(Collectors.toList());
	}

	private List<CaseStatusChanged> statuses(Infrastructure infrastructure, String caseId) {
		List<CaseStatusChanged> statuses = new ArrayList<>();
		for (TopicRecord record : TopicReader.readAll(infrastructure.kafkaBootstrapServers(), Topics.CASE_STATUS)) {
			if (caseId.equals(record.key()) && this.codec.isOf(EventType.CASE_STATUS_CHANGED, record.value())) {
				CaseStatusChanged status = this.codec.decode(EventType.CASE_STATUS_CHANGED, record.value()).data();
				// one event per case version: a relay's copy is dropped as consumers do
				if (statuses.stream().noneMatch((seen) -> seen.caseVersion() == status.caseVersion())) {
					statuses.add(status);
				}
			}
		}
		return statuses;
	}

	private List<CaseStatusChanged> awaitStatus(Infrastructure infrastructure, String caseId, int count) {
		List<CaseStatusChanged> statuses = new ArrayList<>();
		await().atMost(PATIENCE).untilAsserted(() -> {
			statuses.clear();
			statuses.addAll(statuses(infrastructure, caseId));
			assertThat(statuses).hasSizeGreaterThanOrEqualTo(count);
		});
		assertThat(statuses).hasSize(count);
		return statuses;
	}

	private static Query byId(String caseId) {
		return Query.query(Criteria.where(CaseDocument.ID).is(caseId));
	}

	private Document caseDocument(ConfigurableApplicationContext context, String caseId) {
		return context.getBean(MongoTemplate.class).findOne(byId(caseId), Document.class, CaseDocument.COLLECTION);
	}

	private JsonNode post(ConfigurableApplicationContext context, String caseId, Map<String, Object> body,
			int expectedStatus) throws Exception {
		String port = context.getEnvironment().getProperty("local.server.port");
		HttpRequest request = HttpRequest
			.newBuilder(URI.create("http://localhost:" + port + "/api/v1/cases/" + caseId + "/extension"))
			.header("Authorization", STAFF)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofByteArray(this.json.writeValueAsBytes(body)))
			.build();
		HttpResponse<String> response = this.http.send(request, HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(expectedStatus);
		return this.json.readTree(response.body());
	}

}
