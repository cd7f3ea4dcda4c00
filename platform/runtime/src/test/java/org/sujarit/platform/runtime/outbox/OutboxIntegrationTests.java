package org.sujarit.platform.runtime.outbox;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.sujarit.platform.events.CaseStatus;
import org.sujarit.platform.events.CaseStatusChanged;
import org.sujarit.platform.events.Category;
import org.sujarit.platform.events.Channel;
import org.sujarit.platform.events.EventCodec;
import org.sujarit.platform.events.EventType;
import org.sujarit.platform.events.ReceivedEvent;
import org.sujarit.platform.events.Topics;
import org.sujarit.platform.testkit.SujaritIntegrationTest;
import org.sujarit.platform.testkit.TopicReader;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@SujaritIntegrationTest
@SpringBootTest(classes = OutboxIntegrationTests.RelayApplication.class,
		properties = { "spring.application.name=outbox-test", "spring.mongodb.database=outbox-test",
				"sujarit.platform.outbox-grace=1s", "spring.main.web-application-type=none" })
class OutboxIntegrationTests {

	private static final String CASES = "test_cases";

	@Autowired
	private Outbox outbox;

	@Autowired
	private MongoTemplate mongo;

	@Autowired
	private EventCodec codec;

	@Value("${spring.kafka.bootstrap-servers}")
	private String bootstrap;

	@Test
	void eventsWrittenWithTheirStateChangeArePublishedInOrderAndThenRemoved() {
		String caseId = "case-" + UUID.randomUUID();
		Instant now = Instant.now();
		this.outbox
			.write(CASES, caseId, () -> this.mongo.insert(
					new Document("_id", caseId).append("status", "RECEIVED")
						.append("version", 1)
						.append(OutboxEntry.FIELD, List.of(this.outbox.entry(EventType.CASE_STATUS_CHANGED,
								caseId + ":v1", caseId, now, status(caseId, 1, CaseStatus.RECEIVED))
							.toDocument())),
					CASES));
		this.outbox.write(CASES, caseId,
				() -> this.mongo.updateFirst(Query.query(Criteria.where("_id").is(caseId)),
						new Update().set("status", "ACKNOWLEDGED")
							.inc("version", 1)
							.push(OutboxEntry.FIELD,
									this.outbox
										.entry(EventType.CASE_STATUS_CHANGED, caseId + ":v2", caseId, now,
												status(caseId, 2, CaseStatus.ACKNOWLEDGED))
										.toDocument()),
						CASES));

		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
			List<ReceivedEvent<CaseStatusChanged>> events = eventsOf(caseId);
			assertThat(events).extracting(ReceivedEvent::id).containsExactly(caseId + ":v1", caseId + ":v2");
		});
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
			Document stored = this.mongo.findById(caseId, Document.class, CASES);
			assertThat(stored.getList(OutboxEntry.FIELD, Document.class)).isEmpty();
			assertThat(stored.getString("status")).isEqualTo("ACKNOWLEDGED");
			assertThat(this.mongo.findById(Outbox.markerId(CASES, caseId), Document.class, Outbox.MARKERS)).isNull();
		});
	}

	@Test
	void writeThatDiedBeforeItsSecondMarkerIsStillPublished() {
		String caseId = "case-" + UUID.randomUUID();
		// as if the process died right after the aggregate write: only the first marker
		this.mongo.insert(new Document("_id", Outbox.markerId(CASES, caseId)).append("collection", CASES)
			.append("aggregateId", caseId)
			.append("phase", Outbox.Phase.BEFORE_WRITE.name())
			.append("token", "t1")
			.append("at", java.util.Date.from(Instant.now())), Outbox.MARKERS);
		// the aggregate write landed; the process died before the marker after it
		openedAndPublished(caseId);
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(
					this.mongo.findById(Outbox.markerId(CASES, caseId), Document.class, Outbox.MARKERS))
				.isNull());
	}

	@Test
	void markerOfAWriteThatNeverHappenedPublishesNothingAndIsDropped() {
		String caseId = "case-" + UUID.randomUUID();
		assertThat(catchFailure(() -> this.outbox.write(CASES, caseId, () -> {
			throw new IllegalStateException("store refused the write");
		}))).isInstanceOf(IllegalStateException.class);

		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(
					this.mongo.findById(Outbox.markerId(CASES, caseId), Document.class, Outbox.MARKERS))
				.isNull());
		assertThat(eventsOf(caseId)).isEmpty();
	}

	@Test
	void redeliveredInsertThatHitsTheExistingAggregateLeavesNoMarkerBehind() {
		String caseId = "case-" + UUID.randomUUID();
		Document opened = new Document("_id", caseId).append(OutboxEntry.FIELD,
				List.of(this.outbox
					.entry(EventType.CASE_STATUS_CHANGED, caseId + ":v1", caseId, Instant.now(),
							status(caseId, 1, CaseStatus.RECEIVED))
					.toDocument()));
		this.outbox.write(CASES, caseId, () -> this.mongo.insert(opened, CASES));
		assertThat(catchFailure(() -> this.outbox.write(CASES, caseId, () -> this.mongo.insert(opened, CASES))))
			.isInstanceOf(DuplicateKeyException.class);

		// the relay was told the write is over: it drops the marker on its next look
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(
					this.mongo.findById(Outbox.markerId(CASES, caseId), Document.class, Outbox.MARKERS))
				.isNull());
		assertThat(eventsOf(caseId)).extracting(ReceivedEvent::id).containsExactly(caseId + ":v1");
	}

	@Test
	void aBulkWriteOverManyAggregatesLeavesOneMarkerAndPublishesEveryEvent() {
		List<String> caseIds = List.of("case-" + UUID.randomUUID(), "case-" + UUID.randomUUID(),
				"case-" + UUID.randomUUID());
		Instant now = Instant.now();
		for (String caseId : caseIds) {
			this.mongo.insert(new Document("_id", caseId).append("status", "RECEIVED").append("version", 1), CASES);
		}
		BulkOperations bulk = this.mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, CASES);
		for (String caseId : caseIds) {
			bulk.updateOne(Query.query(Criteria.where("_id").is(caseId)),
					new Update().inc("version", 1)
						.push(OutboxEntry.FIELD,
								this.outbox
									.entry(EventType.CASE_STATUS_CHANGED, caseId + ":v2", caseId, now,
											status(caseId, 2, CaseStatus.ACKNOWLEDGED))
									.toDocument()));
		}
		long markersBefore = this.mongo.getCollection(Outbox.MARKERS).countDocuments();
		int[] markersDuringWrite = new int[1];
		this.outbox.writeAll(CASES, caseIds, () -> {
			markersDuringWrite[0] = (int) (this.mongo.getCollection(Outbox.MARKERS).countDocuments() - markersBefore);
			return bulk.execute();
		});

		// one marker for the whole batch, not one per aggregate
		assertThat(markersDuringWrite[0]).isEqualTo(1);
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
			for (String caseId : caseIds) {
				assertThat(eventsOf(caseId)).extracting(ReceivedEvent::id).containsExactly(caseId + ":v2");
				assertThat(
						this.mongo.findById(caseId, Document.class, CASES).getList(OutboxEntry.FIELD, Document.class))
					.isEmpty();
			}
			assertThat(this.mongo.getCollection(Outbox.MARKERS)
				.countDocuments(new Document("aggregateIds", new Document("$in", caseIds)))).isZero();
		});
	}

	@Test
	void aBatchWhoseProcessDiedBeforeFlaggingItWrittenIsStillPublished() {
		String caseId = "case-" + UUID.randomUUID();
		// as if the process died right after the bulk write
		this.mongo.insert(
				new Document("_id", Outbox.BATCH_PREFIX + CASES + "/" + UUID.randomUUID()).append("collection", CASES)
					.append(Outbox.AGGREGATE_IDS, List.of(caseId, "case-never-written"))
					.append("phase", Outbox.Phase.BEFORE_WRITE.name())
					.append("token", "t1")
					.append("at", java.util.Date.from(Instant.now())),
				Outbox.MARKERS);
		// the aggregate write landed; the process died before the marker after it
		openedAndPublished(caseId);
		// kept for the grace period (1 s here), then dropped
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(
					this.mongo.getCollection(Outbox.MARKERS).countDocuments(new Document("aggregateIds", caseId)))
				.isZero());
	}

	// inserts a case with its first event in the outbox, and waits for that event on the
	// topic
	private void openedAndPublished(String caseId) {
		this.mongo.insert(new Document("_id", caseId).append(OutboxEntry.FIELD,
				List.of(this.outbox
					.entry(EventType.CASE_STATUS_CHANGED, caseId + ":v1", caseId, Instant.now(),
							status(caseId, 1, CaseStatus.RECEIVED))
					.toDocument())),
				CASES);

		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(
					() -> assertThat(eventsOf(caseId)).extracting(ReceivedEvent::id).containsExactly(caseId + ":v1"));
	}

	private List<ReceivedEvent<CaseStatusChanged>> eventsOf(String caseId) {
		return TopicReader.readAll(this.bootstrap, Topics.CASE_STATUS)
			.stream()
			.map((record) -> this.codec.decode(EventType.CASE_STATUS_CHANGED, record.value()))
			.filter((event) -> caseId.equals(event.subject()))
			.toList();
	}

	private static Throwable catchFailure(Runnable runnable) {
		try {
			runnable.run();
			return null;
		}
		catch (RuntimeException ex) {
			return ex;
		}
	}

	private static CaseStatusChanged status(String caseId, long version, CaseStatus status) {
		Instant received = Instant.parse("2026-11-01T00:00:00Z");
		return new CaseStatusChanged(caseId, version, Category.ROADS, Channel.WEB, "PUBLIC_WORKS", status, null,
				received, received.plus(Duration.ofDays(15)), Instant.now(), null);
	}

	@SpringBootApplication
	static class RelayApplication {

	}

}
