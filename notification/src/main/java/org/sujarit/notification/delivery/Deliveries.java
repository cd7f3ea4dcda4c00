package org.sujarit.notification.delivery;

import java.time.Clock;
import java.time.Instant;
import java.util.Date;

import org.bson.Document;
import org.sujarit.notification.NotificationProperties;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * One e-mail per status event, recorded in {@value #COLLECTION} as {@code {_id: eventId,
 * caseId, channel: EMAIL, status: PENDING|SENT, attempts, sentAt}}.
 * <p>
 * An attempt first claims the event (inserts it PENDING), sends, then marks it SENT. A
 * PENDING record found later means an earlier attempt failed or died: it is taken over
 * and sent again. While an attempt is under way its record carries
 * {@code attemptStartedAt}, so the complaint and the status listener, which can reach the
 * same event at the same moment, do not both send it; a start older than the lease
 * belongs to an attempt that died.
 */
@Component
public class Deliveries {

	static final String COLLECTION = "deliveries";

	static final String PENDING = "PENDING";

	static final String SENT = "SENT";

	private final MongoTemplate mongo;

	private final Clock clock;

	private final NotificationProperties properties;

	public Deliveries(MongoTemplate mongo, Clock clock, NotificationProperties properties) {
		this.mongo = mongo;
		this.clock = clock;
		this.properties = properties;
	}

	/**
	 * Claims the delivery of one event for this attempt.
	 * @param eventId the status event id
	 * @param caseId the case id
	 * @return whether to send
	 */
	public Claim claim(String eventId, String caseId) {
		Instant now = this.clock.instant();
		Document pending = new Document("_id", eventId).append("caseId", caseId)
			.append("channel", "EMAIL")
			.append("status", PENDING)
			.append("attempts", 1)
			.append("attemptStartedAt", Date.from(now))
			.append("sentAt", null);
		try {
			this.mongo.insert(pending, COLLECTION);
			return Claim.SEND;
		}
		catch (DuplicateKeyException ex) {
			return takeOver(eventId, now);
		}
	}

	private Claim takeOver(String eventId, Instant now) {
		Document existing = this.mongo.findById(eventId, Document.class, COLLECTION);
		if (existing == null) {
			// records are never deleted; should one vanish anyway, the retry sorts it out
			return Claim.BUSY;
		}
		if (SENT.equals(existing.getString("status"))) {
			return Claim.ALREADY_SENT;
		}
		Date started = existing.getDate("attemptStartedAt");
		if (started != null && started.toInstant().isAfter(now.minus(this.properties.deliveryLease()))) {
			return Claim.BUSY;
		}
		// only one of several attempts seeing the same stale record may take it
		Object attempts = existing.get("attempts");
		Query unchanged = Query.query(Criteria.where("_id")
			.is(eventId)
			.and("status")
			.is(PENDING)
			.and("attempts")
			.is(attempts)
			.and("attemptStartedAt")
			.is(started));
		Update update = new Update().inc("attempts", 1).set("attemptStartedAt", Date.from(now));
		return (this.mongo.updateFirst(unchanged, update, COLLECTION).getMatchedCount() == 1) ? Claim.SEND : Claim.BUSY;
	}

	/**
	 * Records that the e-mail went out.
	 * @param eventId the status event id
	 */
	public void sent(String eventId) {
		Update update = new Update().set("status", SENT)
			.set("sentAt", Date.from(this.clock.instant()))
			.unset("attemptStartedAt");
		this.mongo.updateFirst(Query.query(Criteria.where("_id").is(eventId)), update, COLLECTION);
	}

	/**
	 * Gives up this attempt's claim after a failed send, so the retry can take it at
	 * once.
	 * @param eventId the status event id
	 */
	public void failed(String eventId) {
		this.mongo.updateFirst(Query.query(Criteria.where("_id").is(eventId).and("status").is(PENDING)),
				new Update().unset("attemptStartedAt"), COLLECTION);
	}

	/**
	 * What an attempt may do with an event.
	 */
	public enum Claim {

		/** This attempt owns the delivery: send. */
		SEND,

		/** An earlier attempt sent it. */
		ALREADY_SENT,

		/** Another attempt is sending it right now. */
		BUSY

	}

}
