package org.sujarit.anonymizer.pings;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;

import org.bson.Document;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * What the pings remember, and nothing more: which case-status events were seen
 * ({@code ping_events}: event id and submission id) and, per report, when the last ping
 * went out and whether a coalesced one is waiting ({@code ping_state}). No contact, no
 * text: the contact is read from the vault at the moment of sending.
 */
@Component
public class PingLedger {

	/** Events seen. */
	public static final String EVENTS = "ping_events";

	/** Per-report send state. */
	public static final String STATE = "ping_state";

	private final MongoTemplate mongo;

	private final Clock clock;

	public PingLedger(MongoTemplate mongo, Clock clock) {
		this.mongo = mongo;
		this.clock = clock;
	}

	/**
	 * Records an event as seen.
	 * @param eventId the event id
	 * @param submissionId the report
	 * @return true the first time, false for a redelivery
	 */
	boolean firstSighting(String eventId, String submissionId) {
		try {
			this.mongo.insert(new Document("_id", eventId).append("submissionId", submissionId)
				.append("at", Date.from(this.clock.instant())), EVENTS);
			return true;
		}
		catch (DuplicateKeyException ex) {
			return false;
		}
	}

	/**
	 * Claims the right to ping a report now: only when no ping went out within the
	 * interval. A claim clears any waiting ping.
	 * @param submissionId the report
	 * @param interval the least time between pings
	 * @return true when the caller may send
	 */
	boolean claim(String submissionId, Duration interval) {
		Instant now = this.clock.instant();
		this.mongo.upsert(Query.query(Criteria.where("_id").is(submissionId)),
				new Update().setOnInsert("pending", false), STATE);
		Query due = Query.query(Criteria.where("_id")
			.is(submissionId)
			.orOperator(Criteria.where("lastSentAt").exists(false), Criteria.where("lastSentAt").is(null),
					Criteria.where("lastSentAt").lte(Date.from(now.minus(interval)))));
		return this.mongo.updateFirst(due, new Update().set("lastSentAt", Date.from(now)).set("pending", false), STATE)
			.getModifiedCount() > 0;
	}

	/**
	 * Leaves a ping waiting until the interval has passed.
	 * @param submissionId the report
	 */
	void defer(String submissionId) {
		this.mongo.updateFirst(Query.query(Criteria.where("_id").is(submissionId)), new Update().set("pending", true),
				STATE);
	}

	/**
	 * Gives a claim back after a failed send, so the next sweep tries again.
	 * @param submissionId the report
	 */
	void release(String submissionId) {
		this.mongo.updateFirst(Query.query(Criteria.where("_id").is(submissionId)),
				new Update().set("pending", true).unset("lastSentAt"), STATE);
	}

	/**
	 * Reports with a waiting ping whose interval has passed.
	 * @param interval the least time between pings
	 * @return their submission ids
	 */
	List<String> due(Duration interval) {
		Date before = Date.from(this.clock.instant().minus(interval));
		Query query = Query.query(new Criteria().andOperator(Criteria.where("pending").is(true), new Criteria()
			.orOperator(Criteria.where("lastSentAt").exists(false), Criteria.where("lastSentAt").lte(before))));
		return this.mongo.find(query, Document.class, STATE).stream().map((d) -> d.getString("_id")).toList();
	}

}
