package org.sujarit.notification.delivery;

import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sujarit.notification.NotificationProperties;
import org.sujarit.notification.delivery.Deliveries.Claim;

import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may send a status e-mail, against an in-memory MongoDB-wire store.
 */
class DeliveriesTests {

	private static final Duration LEASE = Duration.ofSeconds(15);

	private final SettableClock clock = new SettableClock(Instant.parse("2026-11-22T03:00:00Z"));

	private MongoServer server;

	private MongoClient client;

	private MongoTemplate mongo;

	private Deliveries deliveries;

	@BeforeEach
	void start() {
		this.server = new MongoServer(new MemoryBackend());
		InetSocketAddress address = this.server.bind();
		this.client = MongoClients.create("mongodb://" + address.getHostString() + ":" + address.getPort());
		this.mongo = new MongoTemplate(this.client, "deliveries-tests");
		NotificationProperties properties = new NotificationProperties(new NotificationProperties.Mail("x@y"),
				"http://localhost/{trackingCode}", LEASE,
				new NotificationProperties.Staff(Map.of(), Map.of(), List.of(), "http://localhost/{caseId}"));
		this.deliveries = new Deliveries(this.mongo, this.clock, properties);
	}

	@AfterEach
	void stop() {
		this.client.close();
		this.server.shutdownNow();
	}

	@Test
	void theFirstAttemptSendsAndRecordsPending() {
		assertThat(this.deliveries.claim("event-1", "SJ-AAAAA-BBBBB")).isEqualTo(Claim.SEND);

		Document record = record("event-1");
		assertThat(record.getString("caseId")).isEqualTo("SJ-AAAAA-BBBBB");
		assertThat(record.getString("channel")).isEqualTo("EMAIL");
		assertThat(record.getString("status")).isEqualTo("PENDING");
		assertThat(record.getInteger("attempts")).isEqualTo(1);
	}

	@Test
	void aSentEventIsNotSentAgain() {
		this.deliveries.claim("event-1", "SJ-AAAAA-BBBBB");
		this.deliveries.sent("event-1");

		assertThat(this.deliveries.claim("event-1", "SJ-AAAAA-BBBBB")).isEqualTo(Claim.ALREADY_SENT);
		assertThat(record("event-1").getString("status")).isEqualTo("SENT");
		assertThat(record("event-1").getDate("sentAt")).isNotNull();
	}

	@Test
	void anAttemptUnderWayKeepsOthersOut() {
		this.deliveries.claim("event-1", "SJ-AAAAA-BBBBB");
		this.clock.advance(LEASE.minusSeconds(1));

		assertThat(this.deliveries.claim("event-1", "SJ-AAAAA-BBBBB")).isEqualTo(Claim.BUSY);
	}

	@Test
	void aFailedAttemptIsRetriedAtOnce() {
		this.deliveries.claim("event-1", "SJ-AAAAA-BBBBB");
		this.deliveries.failed("event-1");

		assertThat(this.deliveries.claim("event-1", "SJ-AAAAA-BBBBB")).isEqualTo(Claim.SEND);
		assertThat(record("event-1").getInteger("attempts")).isEqualTo(2);
		assertThat(this.deliveries.claim("event-1", "SJ-AAAAA-BBBBB")).isEqualTo(Claim.BUSY);
	}

	@Test
	void anAttemptThatDiedIsTakenOverAfterTheLease() {
		this.deliveries.claim("event-1", "SJ-AAAAA-BBBBB");
		this.clock.advance(LEASE.plusSeconds(1));

		assertThat(this.deliveries.claim("event-1", "SJ-AAAAA-BBBBB")).isEqualTo(Claim.SEND);
		assertThat(this.deliveries.claim("event-1", "SJ-AAAAA-BBBBB")).isEqualTo(Claim.BUSY);
		assertThat(record("event-1").getInteger("attempts")).isEqualTo(2);
	}

	private Document record(String eventId) {
		return this.mongo.findById(eventId, Document.class, Deliveries.COLLECTION);
	}

	private static final class SettableClock extends Clock {

		private Instant now;

		SettableClock(Instant now) {
			this.now = now;
		}

		void advance(Duration duration) {
			this.now = this.now.plus(duration);
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return this.now;
		}

	}

}
