package org.sujarit.platform.runtime.outbox;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sujarit.platform.runtime.PlatformProperties;

import org.springframework.context.SmartLifecycle;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.BasicQuery;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.core.KafkaTemplate;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Publishes the events {@link Outbox} left in aggregate documents, then removes them.
 * <p>
 * It reads only the marker collection, which holds one document per aggregate with events
 * waiting (or one per batch write, listing its aggregates), and loads each aggregate by
 * {@code _id}. Events go out with the producer's {@code acks=all} and idempotence; an
 * event is removed from its aggregate only after the broker acknowledged it, so a crash
 * in between publishes it again, and consumers drop the duplicate by its id. Several
 * instances may relay at once for the same reason.
 */
public class OutboxRelay implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

	private final MongoTemplate mongo;

	private final KafkaTemplate<String, byte[]> kafka;

	private final PlatformProperties properties;

	private final Clock clock;

	private final Semaphore wakeUps = new Semaphore(0);

	private final Counter published;

	private final Counter failures;

	private volatile boolean running;

	private ExecutorService executor;

	public OutboxRelay(MongoTemplate mongo, KafkaTemplate<String, byte[]> kafka, PlatformProperties properties,
			Clock clock, MeterRegistry meters) {
		this.mongo = mongo;
		this.kafka = kafka;
		this.properties = properties;
		this.clock = clock;
		this.published = Counter.builder("sujarit.outbox.published").register(meters);
		this.failures = Counter.builder("sujarit.outbox.failures").register(meters);
	}

	/** Asks the relay to look for events now rather than at its next poll. */
	public void wake() {
		if (this.wakeUps.availablePermits() == 0) {
			this.wakeUps.release();
		}
	}

	@Override
	public void start() {
		this.running = true;
		this.executor = Executors.newSingleThreadExecutor((runnable) -> {
			Thread thread = new Thread(runnable, "outbox-relay");
			thread.setDaemon(true);
			return thread;
		});
		this.executor.submit(this::loop);
	}

	@Override
	public void stop() {
		this.running = false;
		wake();
		this.executor.shutdown();
		try {
			this.executor.awaitTermination(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	@Override
	public int getPhase() {
		// stop after the web server and listeners have stopped producing new events
		return SmartLifecycle.DEFAULT_PHASE - 100;
	}

	private void loop() {
		long backoffMillis = 0;
		while (this.running) {
			try {
				if (backoffMillis > 0) {
					this.wakeUps.tryAcquire(backoffMillis, TimeUnit.MILLISECONDS);
				}
				int drained = relayOnce();
				backoffMillis = 0;
				if (drained < this.properties.outboxBatchSize()) {
					this.wakeUps.tryAcquire(this.properties.outboxPollInterval().toMillis(), TimeUnit.MILLISECONDS);
					this.wakeUps.drainPermits();
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
			catch (RuntimeException ex) {
				this.failures.increment();
				backoffMillis = Math.min(Math.max(backoffMillis * 2, 500), 10_000);
				if (this.running) {
					log.warn("Outbox relay round failed ({}); retrying in {} ms", ex.getClass().getSimpleName(),
							backoffMillis);
				}
			}
		}
	}

	/**
	 * Publishes one batch.
	 * @return how many markers were handled
	 */
	int relayOnce() {
		List<Document> markers = this.mongo.find(
				new BasicQuery(new Document()).limit(this.properties.outboxBatchSize()), Document.class,
				Outbox.MARKERS);
		if (markers.isEmpty()) {
			return 0;
		}
		List<Drained> drained = new ArrayList<>();
		List<CompletableFuture<?>> sends = new ArrayList<>();
		for (Document marker : markers) {
			String collection = marker.getString("collection");
			List<String> aggregateIds = marker.containsKey(Outbox.AGGREGATE_IDS)
					? marker.getList(Outbox.AGGREGATE_IDS, String.class) : List.of(marker.getString("aggregateId"));
			List<Aggregate> aggregates = new ArrayList<>();
			for (String aggregateId : aggregateIds) {
				Document aggregate = this.mongo.findById(aggregateId, Document.class, collection);
				List<OutboxEntry> entries = (aggregate != null) ? OutboxEntry.in(aggregate) : List.of();
				for (OutboxEntry entry : entries) {
					sends.add(this.kafka.send(entry.topic(), entry.key(),
							entry.payload().getBytes(StandardCharsets.UTF_8)));
				}
				aggregates.add(new Aggregate(aggregateId, entries));
			}
			drained.add(new Drained(marker, collection, aggregates));
		}
		CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new)).join();
		Instant staleBefore = this.clock.instant().minus(this.properties.outboxGrace());
		for (Drained item : drained) {
			Document marker = item.marker();
			for (Aggregate aggregate : item.aggregates()) {
				if (!aggregate.entries().isEmpty()) {
					List<String> ids = aggregate.entries().stream().map(OutboxEntry::id).toList();
					this.mongo.updateFirst(Query.query(Criteria.where("_id").is(aggregate.id())),
							new Update().pull(OutboxEntry.FIELD, new Document("id", new Document("$in", ids))),
							item.collection());
					this.published.increment(ids.size());
				}
			}
			boolean written = Outbox.Phase.WRITTEN.name().equals(marker.getString("phase"));
			Instant at = marker.get("at", java.util.Date.class).toInstant();
			// a marker from before a write may belong to a write still in flight: keep it
			// until the write has had every chance to finish
			if (written || at.isBefore(staleBefore)) {
				this.mongo.remove(
						new BasicQuery(Outbox.markerQuery(marker.getString("_id"), marker.getString("token"))),
						Outbox.MARKERS);
			}
		}
		return markers.size();
	}

	private record Drained(Document marker, String collection, List<Aggregate> aggregates) {
	}

	private record Aggregate(String id, List<OutboxEntry> entries) {
	}

}
