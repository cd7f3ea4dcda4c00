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

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.BulkOperationException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Writes events with the state change they report.
 * <p>
 * A service embeds the {@link OutboxEntry entries} it owes in the same document write as
 * its state change, and wraps that write in {@link #write(String, String, Supplier)}.
 * Around the write, a small marker collection records which aggregate has events waiting,
 * so the relay never scans a collection that grows with history: a marker before the
 * write (in case the process dies right after it) and one after (which lets the relay
 * drop the marker once it has drained the aggregate). The store has no transactions; this
 * order means a crash at any point neither loses an event nor publishes one for a change
 * that did not happen.
 */
public class Outbox {

	static final String MARKERS = "outbox_markers";

	/** The field of a batch marker that lists its aggregates. */
	static final String AGGREGATE_IDS = "aggregateIds";

	static final String BATCH_PREFIX = "batch/";

	private final MongoTemplate mongo;

	private final EventCodec codec;

	private final Clock clock;

	private final Runnable wake;

	public Outbox(MongoTemplate mongo, EventCodec codec, Clock clock, Runnable wake) {
		this.mongo = mongo;
		this.codec = codec;
		this.clock = clock;
		this.wake = wake;
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
		mark(collection, aggregateId, Phase.BEFORE_WRITE);
		R result;
		try {
			result = write.get();
		}
		catch (DuplicateKeyException ex) {
			// surely not applied, and the aggregate exists: let the relay look at it once
			// and drop the marker, rather than keep re-reading it for the grace period
			mark(collection, aggregateId, Phase.WRITTEN);
			throw ex;
		}
		mark(collection, aggregateId, Phase.WRITTEN);
		this.wake.run();
		return result;
	}

	/**
	 * Like {@link #write(String, String, Supplier)} for one bulk write that embeds
	 * entries in several aggregates of {@code collection}. The batch has one marker
	 * listing all of them, inserted before the write and flagged written after it, so a
	 * batch of a thousand aggregates costs two small marker writes, not two thousand. A
	 * bulk write refused in part (duplicates) flags the marker written and rethrows, as
	 * {@link #write(String, String, Supplier)} does for a duplicate.
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
		this.mongo.insert(new Document("_id", markerId).append("collection", collection)
			.append(AGGREGATE_IDS, List.copyOf(aggregateIds))
			.append("phase", Phase.BEFORE_WRITE.name())
			.append("token", UUID.randomUUID().toString())
			.append("at", Date.from(this.clock.instant())), MARKERS);
		R result;
		try {
			result = write.get();
		}
		catch (DuplicateKeyException | BulkOperationException ex) {
			markWritten(markerId);
			throw ex;
		}
		markWritten(markerId);
		this.wake.run();
		return result;
	}

	private void markWritten(String batchMarkerId) {
		this.mongo.updateFirst(Query.query(Criteria.where("_id").is(batchMarkerId)),
				new Update().set("phase", Phase.WRITTEN.name()), MARKERS);
	}

	private Update markerUpdate(String collection, String aggregateId, Phase phase) {
		return new Update().set("collection", collection)
			.set("aggregateId", aggregateId)
			.set("phase", phase.name())
			.set("token", UUID.randomUUID().toString())
			.set("at", this.clock.instant());
	}

	private void mark(String collection, String aggregateId, Phase phase) {
		Update update = markerUpdate(collection, aggregateId, phase);
		this.mongo.upsert(Query.query(Criteria.where("_id").is(markerId(collection, aggregateId))), update, MARKERS);
	}

	static String markerId(String collection, String aggregateId) {
		return collection + "/" + aggregateId;
	}

	static Document markerQuery(String id, String token) {
		return new Document("_id", id).append("token", token);
	}

	enum Phase {

		BEFORE_WRITE, WRITTEN

	}

}
