package org.sujarit.platform.runtime.outbox;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
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
import org.springframework.data.mongodb.core.BulkOperations;
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

	/**
	 * Markers whose write is over in this process ({@code markerId + " " + token}): the
	 * relay publishes their aggregates at once instead of after the grace period.
	 */
	private final Set<String> writtenHere = ConcurrentHashMap.newKeySet();

	/**
	 * Tells the relay that the write a marker announced is over, and wakes it.
	 * @param markerId the marker
	 * @param token the marker's token
	 */
	public void written(String markerId, String token) {
		this.writtenHere.add(markerId + " " + token);
		wake();
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
		// before reading the aggregates: a write known to be over is visible to them
		Map<String, Boolean> written = new HashMap<>();
		Map<String, Set<String>> aggregateIds = new LinkedHashMap<>();
		for (Document marker : markers) {
			written.put(marker.getString("_id"), Outbox.Phase.WRITTEN.name().equals(marker.getString("phase"))
					|| this.writtenHere.contains(marker.getString("_id") + " " + marker.getString("token")));
			List<String> ids = marker.containsKey(Outbox.AGGREGATE_IDS)
					? marker.getList(Outbox.AGGREGATE_IDS, String.class) : List.of(marker.getString("aggregateId"));
			aggregateIds.computeIfAbsent(marker.getString("collection"), (collection) -> new LinkedHashSet<>())
				.addAll(ids);
		}
		// one read by _id per collection for the whole round, however many markers
		List<CompletableFuture<?>> sends = new ArrayList<>();
		Map<String, List<Aggregate>> drained = new LinkedHashMap<>();
		aggregateIds.forEach((collection, ids) -> {
			List<Aggregate> aggregates = new ArrayList<>();
			for (Document aggregate : this.mongo.find(Query.query(Criteria.where("_id").in(ids)), Document.class,
					collection)) {
				List<OutboxEntry> entries = OutboxEntry.in(aggregate);
				if (!entries.isEmpty()) {
					aggregates.add(new Aggregate(aggregate.get("_id"), entries));
				}
			}
			// in the order the markers named them
			Map<Object, Integer> position = new HashMap<>();
			for (String id : ids) {
				position.putIfAbsent(id, position.size());
			}
			aggregates.sort(Comparator.comparingInt((aggregate) -> position.getOrDefault(aggregate.id(), 0)));
			for (Aggregate aggregate : aggregates) {
				for (OutboxEntry entry : aggregate.entries()) {
					sends.add(this.kafka.send(entry.topic(), entry.key(),
							entry.payload().getBytes(StandardCharsets.UTF_8)));
				}
			}
			drained.put(collection, aggregates);
		});
		CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new)).join();
		// acknowledged by the broker: one bulk write per collection pulls what was sent
		drained.forEach((collection, aggregates) -> {
			if (aggregates.isEmpty()) {
				return;
			}
			BulkOperations pulls = this.mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, collection);
			int published = 0;
			for (Aggregate aggregate : aggregates) {
				List<String> ids = aggregate.entries().stream().map(OutboxEntry::id).toList();
				pulls.updateOne(Query.query(Criteria.where("_id").is(aggregate.id())),
						new Update().pull(OutboxEntry.FIELD, new Document("id", new Document("$in", ids))));
				published += ids.size();
			}
			pulls.execute();
			this.published.increment(published);
		});
		Instant staleBefore = this.clock.instant().minus(this.properties.outboxGrace());
		BulkOperations removals = this.mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, Outbox.MARKERS);
		List<String> removed = new ArrayList<>();
		for (Document marker : markers) {
			Instant at = marker.get("at", java.util.Date.class).toInstant();
			// a marker from before a write may belong to a write still in flight: keep it
			// until the write has had every chance to finish
			if (written.get(marker.getString("_id")) || at.isBefore(staleBefore)) {
				removals.remove(new BasicQuery(Outbox.markerQuery(marker.getString("_id"), marker.getString("token"))));
				removed.add(marker.getString("_id"));
			}
		}
		if (!removed.isEmpty()) {
			removals.execute();
			for (String markerId : removed) {
				String writtenPrefix = markerId + " ";
				this.writtenHere.removeIf((done) -> done.startsWith(writtenPrefix));
			}
		}
		return markers.size();
	}

	private record Aggregate(Object id, List<OutboxEntry> entries) {
	}

}
