package org.sujarit.intake.status;

import java.time.Instant;
import java.util.Date;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sujarit.platform.events.CaseChange;
import org.sujarit.platform.events.CaseStatus;
import org.sujarit.platform.events.CaseStatusChanged;
import org.sujarit.platform.events.Channel;
import org.sujarit.platform.events.EventType;
import org.sujarit.platform.events.ReceivedEvent;
import org.sujarit.platform.events.UnreadableEventException;
import org.sujarit.platform.runtime.events.EventHandler;
import org.sujarit.platform.runtime.store.BulkWrites;

import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Keeps the public status view in step with case-tracking's status events.
 * <p>
 * Each event is applied by one conditional update that matches only while the stored case
 * version is older than the event's, so the version check and the change are one write: a
 * redelivered or older event matches nothing and is dropped. Events of one case share a
 * record key and so arrive in order; a batch is written as one ordered bulk write per
 * collection, so they are applied in that order.
 */
@Component
public class StatusProjection implements EventHandler<CaseStatusChanged> {

	private static final Logger log = LoggerFactory.getLogger(StatusProjection.class);

	private final MongoTemplate mongo;

	public StatusProjection(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	@Override
	public EventType<CaseStatusChanged> type() {
		return EventType.CASE_STATUS_CHANGED;
	}

	@Override
	public void check(ReceivedEvent<CaseStatusChanged> event) {
		CaseStatusChanged change = event.data();
		if (change.caseId() == null || change.status() == null || change.channel() == null
				|| (change.changedAt() == null && event.time() == null)) {
			throw new UnreadableEventException("Event " + event.id() + " lacks caseId, status, channel or changedAt");
		}
	}

	@Override
	public void handle(List<ReceivedEvent<CaseStatusChanged>> events) {
		Map<String, List<Write>> byCollection = new LinkedHashMap<>();
		for (ReceivedEvent<CaseStatusChanged> event : events) {
			Write write = write(event);
			byCollection.computeIfAbsent(write.collection(), (collection) -> new ArrayList<>()).add(write);
		}
		byCollection.forEach((collection, writes) -> {
			Set<Integer> refused = BulkWrites.executeInOrderSkippingDuplicates(
					() -> this.mongo.bulkOps(BulkOperations.BulkMode.ORDERED, collection), writes,
					(bulk, write) -> write.addTo(bulk));
			if (!refused.isEmpty()) {
				// an existing view with this version or a newer one: dropped like any
				// repeat
				log.debug("Ignored {} repeated opening events", refused.size());
			}
		});
	}

	/**
	 * The conditional write of one status change: a duplicate, an older event or an
	 * unknown case matches nothing.
	 */
	private Write write(ReceivedEvent<CaseStatusChanged> event) {
		CaseStatusChanged change = event.data();
		Instant changedAt = (change.changedAt() != null) ? change.changedAt() : event.time();
		String collection = (change.channel() == Channel.WHISTLEBLOWER) ? StatusDocuments.WHISTLEBLOWER_SUBMISSIONS
				: StatusDocuments.COMPLAINTS;
		Query newer = Query.query(
				Criteria.where("_id").is(change.caseId()).and(StatusDocuments.CASE_VERSION).lt(change.caseVersion()));
		Update update = new Update().set(StatusDocuments.CASE_VERSION, change.caseVersion());
		CaseChange kind = change.changeOrDefault();
		// the case was just opened: the timeline already says RECEIVED since submission
		boolean opening = kind == CaseChange.OPENED
				|| (change.previousStatus() == null && change.status() == CaseStatus.RECEIVED);
		if (!opening) {
			update.set(StatusDocuments.STATUS, change.status().name());
			update.set(StatusDocuments.SLA, change.slaOrDefault().name());
			if (change.respondBy() != null) {
				update.set(StatusDocuments.RESPOND_BY, Date.from(change.respondBy()));
			}
			update.push(StatusDocuments.UPDATES,
					StatusDocuments.update(changedAt, change.status(), kind, change.publicMessage()));
			if (change.channel() == Channel.WHISTLEBLOWER) {
				whistleblowerSide(update, kind, changedAt, change.publicMessage());
			}
		}
		else if (change.respondBy() != null) {
			// case-tracking's SLA policy sets the due date the case is held to
			update.set(StatusDocuments.RESPOND_BY, Date.from(change.respondBy()));
		}
		boolean upsert = opening && change.channel() != Channel.WHISTLEBLOWER;
		if (upsert) {
			openRecorded(update, change);
		}
		return new Write(collection, newer, update, upsert);
	}

	/**
	 * Opens the view of a complaint an intake clerk recorded in case-tracking (by phone,
	 * letter, walk-in...), which intake never saw: the opening event carries all the view
	 * needs. For a complaint filed here the view exists and is only updated; an existing
	 * view with this version or a newer one makes the upsert collide on {@code _id}, and
	 * the event is dropped like any repeat.
	 */
	private static void openRecorded(Update update, CaseStatusChanged change) {
		update.setOnInsert(StatusDocuments.CATEGORY, change.category().name())
			.setOnInsert(StatusDocuments.CHANNEL, change.channel().name())
			.setOnInsert(StatusDocuments.STATUS, CaseStatus.RECEIVED.name())
			.setOnInsert(StatusDocuments.RECEIVED_AT, Date.from(change.receivedAt()))
			.setOnInsert(StatusDocuments.UPDATES,
					List.of(StatusDocuments.update(change.receivedAt(), CaseStatus.RECEIVED, CaseChange.OPENED, null)));
	}

	/**
	 * What a whistleblower case's event changes besides the timeline. A sanitized message
	 * or file coming back ends the oldest pending one: the follow-ups of one report
	 * travel keyed by its submission id through the anonymizer and case-tracking, so they
	 * come back in the order they were sent. A disclosure notice is kept to show apart
	 * from the timeline.
	 */
	private static void whistleblowerSide(Update update, CaseChange kind, Instant changedAt, String message) {
		switch (kind) {
			case REPORTER_MESSAGE -> update.pop(StatusDocuments.PENDING_MESSAGES, Update.Position.FIRST);
			case EVIDENCE_ADDED -> update.pop(StatusDocuments.PENDING_EVIDENCE, Update.Position.FIRST);
			case IDENTITY_DISCLOSED -> {
				update.set(StatusDocuments.DISCLOSED_AT, Date.from(changedAt));
				if (message != null && !message.isBlank()) {
					update.set(StatusDocuments.DISCLOSURE_NOTICE, message);
				}
			}
			default -> {
				// the timeline entry is all
			}
		}
	}

	/** One conditional write of the view. */
	private record Write(String collection, Query query, Update update, boolean upsert) {

		void addTo(BulkOperations bulk) {
			if (this.upsert) {
				bulk.upsert(this.query, this.update);
			}
			else {
				bulk.updateOne(this.query, this.update);
			}
		}

	}

}
