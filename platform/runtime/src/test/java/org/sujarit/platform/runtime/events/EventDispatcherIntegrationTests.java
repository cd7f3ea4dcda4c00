package org.sujarit.platform.runtime.events;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.sujarit.platform.events.CaseStatus;
import org.sujarit.platform.events.CaseStatusChanged;
import org.sujarit.platform.events.Category;
import org.sujarit.platform.events.Channel;
import org.sujarit.platform.events.EventCodec;
import org.sujarit.platform.events.EventType;
import org.sujarit.platform.events.ReceivedEvent;
import org.sujarit.platform.events.SlaAlert;
import org.sujarit.platform.events.SlaAlertKind;
import org.sujarit.platform.events.UnreadableEventException;
import org.sujarit.platform.testkit.SujaritIntegrationTest;
import org.sujarit.platform.testkit.TopicReader;
import org.sujarit.platform.testkit.TopicRecord;
import org.sujarit.platform.testkit.TopicWriter;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Bean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The dispatcher behind a real Spring Cloud Stream binding: order across types, types
 * nobody reads, and dead letters.
 */
@SujaritIntegrationTest
@SpringBootTest(classes = EventDispatcherIntegrationTests.DispatchApplication.class,
		properties = { "spring.application.name=dispatch-test", "spring.mongodb.database=dispatch-test",
				"spring.main.web-application-type=none", "spring.cloud.function.definition=caseStatus",
				"spring.cloud.stream.bindings.caseStatus-in-0.destination=" + EventDispatcherIntegrationTests.TOPIC,
				"spring.cloud.stream.bindings.caseStatus-in-0.group=dispatch-test",
				"spring.cloud.stream.kafka.bindings.caseStatus-in-0.consumer.dlq-name="
						+ EventDispatcherIntegrationTests.TOPIC + ".dlt" })
class EventDispatcherIntegrationTests {

	private static final String TEST_SOURCE = "/sujarit/dispatch-test";

	/** A topic of its own (the binder creates it), so other tests' topics stay clean. */
	static final String TOPIC = "sujarit.dispatch-test.v1";

	/** Two types on the test topic, as the case-status topic carries two. */
	static final EventType<CaseStatusChanged> STATUS = new EventType<>("org.sujarit.test.status-changed.v1", TOPIC,
			CaseStatusChanged.class, EventType.CASE_STATUS_CHANGED.schema());

	static final EventType<SlaAlert> ALERT = new EventType<>("org.sujarit.test.alert.v1", TOPIC, SlaAlert.class,
			EventType.SLA_ALERT.schema());

	@Autowired
	private Seen seen;

	@Value("${spring.kafka.bootstrap-servers}")
	private String bootstrap;

	private final EventCodec codec = new EventCodec(TEST_SOURCE);

	@Test
	void eventsOfOneCaseReachTheirHandlersInTopicOrderAcrossTypesAndUnknownTypesAreSkipped() {
		String caseId = "case-" + UUID.randomUUID();
		try (TopicWriter writer = TopicWriter.connect(this.bootstrap)) {
			writer.send(TOPIC, caseId, status(caseId, 1));
			writer.send(TOPIC, caseId, alert(caseId, "a"));
			writer.send(TOPIC, caseId, unknownType(caseId));
			writer.send(TOPIC, caseId, status(caseId, 2));
			writer.send(TOPIC, caseId, status(caseId, 3));
			writer.send(TOPIC, caseId, alert(caseId, "b"));
		}
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(this.seen.of(caseId)).containsExactly(caseId + ":v1", caseId + ":a",
					caseId + ":v2", caseId + ":v3", caseId + ":b"));
	}

	@Test
	void anUnreadableRecordIsDeadLetteredAtOnceWithoutItsExceptionMessageAndTheRecordsAfterItAreHandled() {
		String caseId = "case-" + UUID.randomUUID();
		try (TopicWriter writer = TopicWriter.connect(this.bootstrap)) {
			writer.send(TOPIC, caseId, status(caseId, 1));
			writer.send(TOPIC, caseId,
					("not an event from " + caseId + " canary-text").getBytes(StandardCharsets.UTF_8));
			// readable, but refused by its handler's check
			writer.send(TOPIC, caseId, status(caseId, 0));
			writer.send(TOPIC, caseId, status(caseId, 2));
		}
		// within the first backoff step's reach: an unreadable record is not retried
		await().atMost(Duration.ofSeconds(15))
			.untilAsserted(() -> assertThat(this.seen.of(caseId)).containsExactly(caseId + ":v1", caseId + ":v2"));
		List<TopicRecord> dead = TopicReader.readAll(this.bootstrap, TOPIC + ".dlt")
			.stream()
			.filter((record) -> caseId.equals(record.key()))
			.toList();
		assertThat(dead).hasSize(2);
		assertThat(dead.get(0).valueAsString()).contains("canary-text");
		for (TopicRecord record : dead) {
			List<String> headers = record.headers().stream().map(TopicRecord.Header::name).toList();
			assertThat(headers).contains("kafka_dlt-exception-fqcn", "kafka_dlt-original-topic")
				.doesNotContain("kafka_dlt-exception-message", "kafka_dlt-exception-stacktrace");
			assertThat(record.headers()).noneMatch((header) -> header.valueAsString().contains("canary-text")
					|| header.valueAsString().contains(caseId + ":v0"));
		}
	}

	private byte[] status(String caseId, int version) {
		Instant now = Instant.now();
		return this.codec.encode(STATUS, caseId + ":v" + version, caseId, now,
				new CaseStatusChanged(caseId, version, Category.ROADS, Channel.WEB, "PUBLIC_WORKS", CaseStatus.RECEIVED,
						null, now, now.plus(Duration.ofDays(15)), now, null));
	}

	private byte[] alert(String caseId, String name) {
		return this.codec.encode(ALERT, caseId + ":" + name, caseId, Instant.now(), new SlaAlert(caseId + ":" + name,
				SlaAlertKind.REMINDER, "PUBLIC_WORKS", caseId, null, null, 0, List.of(), Instant.now()));
	}

	private byte[] unknownType(String caseId) {
		String name = "later";
		EventType<SlaAlert> later = new EventType<>("org.sujarit.test.something-later.v1", TOPIC, SlaAlert.class,
				EventType.SLA_ALERT.schema());
		return this.codec.encode(later, caseId + ":later", caseId, Instant.now(), new SlaAlert(caseId + ":" + name,
				SlaAlertKind.REMINDER, "PUBLIC_WORKS", caseId, null, null, 0, List.of(), Instant.now()));
	}

	/** What the handlers saw, in order. */
	static class Seen {

		private final List<ReceivedEvent<?>> events = new CopyOnWriteArrayList<>();

		List<String> of(String caseId) {
			return this.events.stream()
				.filter((event) -> caseId.equals(event.subject()))
				.map(ReceivedEvent::id)
				.toList();
		}

	}

	@SpringBootApplication
	static class DispatchApplication {

		@Bean
		Seen seen() {
			return new Seen();
		}

		@Bean
		EventHandler<CaseStatusChanged> statusHandler(Seen seen) {
			return new EventHandler<>() {

				@Override
				public EventType<CaseStatusChanged> type() {
					return STATUS;
				}

				@Override
				public void check(ReceivedEvent<CaseStatusChanged> event) {
					if (event.data().caseVersion() < 1) {
						throw new UnreadableEventException("Event " + event.id() + " has no caseVersion");
					}
				}

				@Override
				public void handle(List<ReceivedEvent<CaseStatusChanged>> events) {
					seen.events.addAll(events);
				}

			};
		}

		@Bean
		EventHandler<SlaAlert> alertHandler(Seen seen) {
			return new EventHandler<>() {

				@Override
				public EventType<SlaAlert> type() {
					return ALERT;
				}

				@Override
				public void handle(List<ReceivedEvent<SlaAlert>> events) {
					seen.events.addAll(events);
				}

			};
		}

		@Bean
		Consumer<List<byte[]>> caseStatus(EventDispatchers dispatchers) {
			return dispatchers.forTopic(TOPIC);
		}

	}

}
