package org.sujarit.notification.delivery;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.sujarit.platform.events.CaseChange;
import org.sujarit.platform.events.CaseStatus;
import org.sujarit.platform.events.CaseStatusChanged;
import org.sujarit.platform.events.Category;
import org.sujarit.platform.events.Channel;
import org.sujarit.platform.events.SlaStanding;

import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Status changes that arrived before the complaint they belong to (the two travel on
 * different topics), kept in {@value #COLLECTION} as one document per case, {@code {_id:
 * caseId, changes: [{eventId, <event fields>}], parkedAt}}, until the complaint comes:
 * everything is found and written by {@code _id}, the case id, which is all a complaint
 * brings. Documents leave once their changes are delivered, so the collection stays
 * small.
 */
@Component
public class WaitingDeliveries {

	static final String COLLECTION = "waiting";

	private static final String CHANGES = "changes";

	private final MongoTemplate mongo;

	private final Clock clock;

	public WaitingDeliveries(MongoTemplate mongo, Clock clock) {
		this.mongo = mongo;
		this.clock = clock;
	}

	/**
	 * Keeps status changes until their complaints arrive, with one bulk write; parking a
	 * change again changes nothing.
	 * @param changes the changes, in topic order
	 */
	public void parkAll(List<Waiting> changes) {
		if (changes.isEmpty()) {
			return;
		}
		BulkOperations bulk = this.mongo.bulkOps(BulkOperations.BulkMode.ORDERED, COLLECTION);
		Date now = Date.from(this.clock.instant());
		for (Waiting change : changes) {
			bulk.upsert(Query.query(Criteria.where("_id").is(change.event().caseId())),
					new Update().addToSet(CHANGES, entry(change.eventId(), change.event()))
						.setOnInsert("parkedAt", now));
		}
		bulk.execute();
	}

	/**
	 * The status changes waiting for some cases, with one query by {@code _id}.
	 * @param caseIds the case ids (tracking codes)
	 * @return the waiting changes of each case that has some, oldest version first
	 */
	public Map<String, List<Waiting>> forCases(Collection<String> caseIds) {
		Map<String, List<Waiting>> waiting = new LinkedHashMap<>();
		if (caseIds.isEmpty()) {
			return waiting;
		}
		for (Document document : this.mongo.find(Query.query(Criteria.where("_id").in(caseIds)), Document.class,
				COLLECTION)) {
			Map<String, Waiting> byEvent = new LinkedHashMap<>();
			for (Document entry : document.getList(CHANGES, Document.class, List.of())) {
				Waiting change = waiting(entry);
				byEvent.putIfAbsent(change.eventId(), change);
			}
			if (!byEvent.isEmpty()) {
				waiting.put(document.getString("_id"),
						byEvent.values()
							.stream()
							.sorted(Comparator.comparingLong((Waiting change) -> change.event().caseVersion()))
							.toList());
			}
		}
		return waiting;
	}

	/**
	 * Forgets a waiting change once it is dealt with.
	 * @param caseId the case id (tracking code)
	 * @param eventId the event id
	 */
	public void remove(String caseId, String eventId) {
		this.mongo.updateFirst(Query.query(Criteria.where("_id").is(caseId)),
				new Update().pull(CHANGES, new Document("eventId", eventId)), COLLECTION);
	}

	/**
	 * Forgets every change waiting for a case.
	 * @param caseId the case id (tracking code)
	 */
	public void removeCase(String caseId) {
		this.mongo.remove(Query.query(Criteria.where("_id").is(caseId)), COLLECTION);
	}

	private static Document entry(String eventId, CaseStatusChanged event) {
		return new Document("eventId", eventId).append("caseId", event.caseId())
			.append("caseVersion", event.caseVersion())
			.append("category", name(event.category()))
			.append("channel", name(event.channel()))
			.append("unit", event.unit())
			.append("status", name(event.status()))
			.append("previousStatus", name(event.previousStatus()))
			.append("receivedAt", date(event.receivedAt()))
			.append("respondBy", date(event.respondBy()))
			.append("changedAt", date(event.changedAt()))
			.append("publicMessage", event.publicMessage())
			.append("change", name(event.changeOrDefault()))
			.append("sla", name(event.slaOrDefault()));
	}

	private static Waiting waiting(Document document) {
		CaseStatusChanged event = new CaseStatusChanged(document.getString("caseId"),
				((Number) document.get("caseVersion")).longValue(), value(Category.class, document, "category"),
				value(Channel.class, document, "channel"), document.getString("unit"),
				value(CaseStatus.class, document, "status"), value(CaseStatus.class, document, "previousStatus"),
				instant(document, "receivedAt"), instant(document, "respondBy"), instant(document, "changedAt"),
				document.getString("publicMessage"), value(CaseChange.class, document, "change"),
				value(SlaStanding.class, document, "sla"));
		return new Waiting(document.getString("eventId"), event);
	}

	private static String name(Enum<?> value) {
		return (value != null) ? value.name() : null;
	}

	private static <E extends Enum<E>> E value(Class<E> type, Document document, String field) {
		String name = document.getString(field);
		return (name != null) ? Enum.valueOf(type, name) : null;
	}

	private static Date date(Instant instant) {
		return (instant != null) ? Date.from(instant) : null;
	}

	private static Instant instant(Document document, String field) {
		Date date = document.getDate(field);
		return (date != null) ? date.toInstant() : null;
	}

	/**
	 * A parked status change.
	 *
	 * @param eventId the event id
	 * @param event the status change
	 */
	public record Waiting(String eventId, CaseStatusChanged event) {

		@Override
		public String toString() {
			return "Waiting[eventId=" + this.eventId + ", caseId=" + this.event.caseId() + "]";
		}

	}

}
