package org.sujarit.notification.delivery;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.Date;
import java.util.List;

import org.bson.Document;
import org.sujarit.platform.events.CaseChange;
import org.sujarit.platform.events.CaseStatus;
import org.sujarit.platform.events.CaseStatusChanged;
import org.sujarit.platform.events.Category;
import org.sujarit.platform.events.Channel;
import org.sujarit.platform.events.SlaStanding;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Status changes that arrived before the complaint they belong to (the two travel on
 * different topics), kept in {@value #COLLECTION} as {@code {_id: eventId, caseId, <event
 * fields>, parkedAt}} until the complaint comes. Entries leave as soon as they are
 * delivered, so the collection stays small.
 */
@Component
public class WaitingDeliveries implements InitializingBean {

	static final String COLLECTION = "waiting";

	private final MongoTemplate mongo;

	private final Clock clock;

	public WaitingDeliveries(MongoTemplate mongo, Clock clock) {
		this.mongo = mongo;
		this.clock = clock;
	}

	@Override
	public void afterPropertiesSet() {
		// real MongoDB uses it; mongo-java-server scans, which a small collection allows
		this.mongo.indexOps(COLLECTION).createIndex(new Index("caseId", Sort.Direction.ASC));
	}

	/**
	 * Keeps a status change until its complaint arrives; parking it again changes
	 * nothing.
	 * @param eventId the event id
	 * @param event the status change
	 */
	public void park(String eventId, CaseStatusChanged event) {
		Document document = new Document("_id", eventId).append("caseId", event.caseId())
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
			.append("sla", name(event.slaOrDefault()))
			.append("parkedAt", Date.from(this.clock.instant()));
		try {
			this.mongo.insert(document, COLLECTION);
		}
		catch (DuplicateKeyException ex) {
			// parked before: the status event was delivered again
		}
	}

	/**
	 * The status changes waiting for one case, oldest version first.
	 * @param caseId the case id (tracking code)
	 * @return the waiting changes
	 */
	public List<Waiting> forCase(String caseId) {
		return this.mongo.find(Query.query(Criteria.where("caseId").is(caseId)), Document.class, COLLECTION)
			.stream()
			.map(WaitingDeliveries::waiting)
			.sorted(Comparator.comparingLong((Waiting waiting) -> waiting.event().caseVersion()))
			.toList();
	}

	/**
	 * Forgets a waiting change once it is dealt with.
	 * @param eventId the event id
	 */
	public void remove(String eventId) {
		this.mongo.remove(Query.query(Criteria.where("_id").is(eventId)), COLLECTION);
	}

	/**
	 * Forgets every change waiting for a case.
	 * @param caseId the case id (tracking code)
	 */
	public void removeCase(String caseId) {
		this.mongo.remove(Query.query(Criteria.where("caseId").is(caseId)), COLLECTION);
	}

	private static Waiting waiting(Document document) {
		CaseStatusChanged event = new CaseStatusChanged(document.getString("caseId"),
				((Number) document.get("caseVersion")).longValue(), value(Category.class, document, "category"),
				value(Channel.class, document, "channel"), document.getString("unit"),
				value(CaseStatus.class, document, "status"), value(CaseStatus.class, document, "previousStatus"),
				instant(document, "receivedAt"), instant(document, "respondBy"), instant(document, "changedAt"),
				document.getString("publicMessage"), value(CaseChange.class, document, "change"),
				value(SlaStanding.class, document, "sla"));
		return new Waiting(document.getString("_id"), event);
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
