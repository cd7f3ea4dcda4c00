package org.sujarit.platform.runtime.outbox;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import org.bson.Document;
import org.sujarit.platform.events.EventCodec;
import org.sujarit.platform.events.EventType;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Writes events with the state change they report.
 * <p>
 * A service embeds the {@link OutboxEntry entries} it owes in the same document write as
 * its state change, and wraps that write in {@link #write(String, String, Supplier)}.
 * Before the write, a small marker collection records which aggregate has events waiting
 * (one marker per write, or one per bulk write listing its aggregates), so the relay
 * never scans a collection that grows with history. After the write, the relay of this
 * process is told in memory that the marker's write is done, so it publishes at once
 * without a second marker write. If the process dies in between, the marker stays and the
 * relay (of any instance) looks at its aggregates once the grace period has passed. The
 * store has no transactions; this order means a crash at any point neither loses an event
 * nor publishes one for a change that did not happen.
 */
public class Outbox {

	static final String MARKERS = "outbox_markers";

	/** The field of a batch marker that lists its aggregates. */
	static final String AGGREGATE_IDS = "aggregateIds";

	static final String BATCH_PREFIX = "batch/";

	private final MongoTemplate mongo;

	private final EventCodec codec;

	private final Clock clock;

	private final Written written;

	/**
	 * An outbox whose writes only wake a relay: the markers of its writes are looked at
	 * after the grace period (for tools and benchmarks without this process's relay).
	 * @param mongo the store
	 * @param codec encodes the events
	 * @param clock the clock
	 * @param wake wakes a relay
	 */
	public Outbox(MongoTemplate mongo, EventCodec codec, Clock clock, Runnable wake) {
		this(mongo, codec, clock, (markerId, token) -> wake.run());
	}

	public Outbox(MongoTemplate mongo, EventCodec codec, Clock clock, Written written) {
		this.mongo = mongo;
		this.codec = codec;
		this.clock = clock;
		this.written = written;
	}

	/**
	 * Builds an entry for a new event with a fresh id.
	 * @param <T> the data record
	 * @param type the kind of event
	 * @param subject the case or submission id, also the record key
	 * @param time when the state change happened
	 * @param data the event data
	 * @return the entry to embed
	 */
	public <T> OutboxEntry entry(EventType<T> type, String subject, Instant time, T data) {
		return entry(type, UUID.randomUUID().toString(), subject, time, data);
	}

	/**
	 * Builds an entry for an event with a given id, for events whose id must be the same
	 * however often they are derived.
	 * @param <T> the data record
	 * @param type the kind of event
	 * @param eventId the event id
	 * @param subject the case or submission id, also the record key
	 * @param time when the state change happened
	 * @param data the event data
	 * @return the entry to embed
	 */
	public <T> OutboxEntry entry(EventType<T> type, String eventId, String subject, Instant time, T data) {
		byte[] payload = this.codec.encode(type, eventId, subject, time, data);
		return new OutboxEntry(eventId, type.topic(), subject, new String(payload, StandardCharsets.UTF_8));
	}

	/**
	 * Runs a write that embeds outbox entries in the aggregate {@code aggregateId} of
	 * {@code collection}, so the relay publishes them.
	 * @param <R> what the write returns
	 * @param collection the aggregate's collection
	 * @param aggregateId the aggregate's {@code _id}
	 * @param write the single-document write
	 * @return what the write returned
	 */
	public <R> R write(String collection, String aggregateId, Supplier<R> write) {
		String markerId = markerId(collection, aggregateId);
		String token = UUID.randomUUID().toString();
		this.mongo.upsert(Query.query(Criteria.where("_id").is(markerId)),
				new Update().set("collection", collection)
					.set("aggregateId", aggregateId)
					.set("phase", Phase.BEFORE_WRITE.name())
					.set("token", token)
					.set("at", this.clock.instant()),
				MARKERS);
		try {
			return write.get();
		}
		finally {
			// done or surely not applied (a duplicate): either way the relay may look
			// now rather than wait out the grace period
			this.written.written(markerId, token);
		}
	}

	/**
	 * Like {@link #write(String, String, Supplier)} for one bulk write that embeds
	 * entries in several aggregates of {@code collection}. The batch has one marker
	 * listing all of them, inserted before the write, so a batch of a thousand aggregates
	 * costs one small marker write, not a thousand.
	 * @param <R> what the write returns
	 * @param collection the aggregates' collection
	 * @param aggregateIds the {@code _id}s of the aggregates the write may touch
	 * @param write the bulk write
	 * @return what the write returned
	 */
	public <R> R writeAll(String collection, Collection<String> aggregateIds, Supplier<R> write) {
		if (aggregateIds.isEmpty()) {
			return write.get();
		}
		String markerId = BATCH_PREFIX + collection + "/" + UUID.randomUUID();
		String token = UUID.randomUUID().toString();
		this.mongo.insert(new Document("_id", markerId).append("collection", collection)
			.append(AGGREGATE_IDS, List.copyOf(aggregateIds))
			.append("phase", Phase.BEFORE_WRITE.name())
			.append("token", token)
			.append("at", Date.from(this.clock.instant())), MARKERS);
		try {
			return write.get();
		}
		finally {
			this.written.written(markerId, token);
		}
	}

	static String markerId(String collection, String aggregateId) {
		return collection + "/" + aggregateId;
	}

	static Document markerQuery(String id, String token) {
		return new Document("_id", id).append("token", token);
	}

	/**
	 * Told when the write a marker announced is over, in this process.
	 */
	@FunctionalInterface
	public interface Written {

		/**
		 * The write of a marker is over (applied, or failed for good).
		 * @param markerId the marker
		 * @param token the marker's token at the time of the write
		 */
		void written(String markerId, String token);

	}

	enum Phase {

		BEFORE_WRITE, WRITTEN

	}

}
