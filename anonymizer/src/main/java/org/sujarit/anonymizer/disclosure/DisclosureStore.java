package org.sujarit.anonymizer.disclosure;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import org.bson.Document;
import org.sujarit.platform.runtime.outbox.Outbox;
import org.sujarit.platform.runtime.outbox.OutboxEntry;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Disclosure requests in {@code disclosures}, one document per request. A decision is one
 * conditional update (only a PENDING request changes) that embeds the event it owes, so
 * two custodians deciding at once cannot both win and an approval is never without its
 * {@code IdentityDisclosed} event.
 */
@Component
public class DisclosureStore {

	/** The collection. */
	public static final String COLLECTION = "disclosures";

	private final MongoTemplate mongo;

	private final Outbox outbox;

	public DisclosureStore(MongoTemplate mongo, Outbox outbox) {
		this.mongo = mongo;
		this.outbox = outbox;
	}

	void insert(Disclosure disclosure) {
		this.mongo.insert(toDocument(disclosure), COLLECTION);
	}

	Optional<Disclosure> find(String id) {
		return Optional.ofNullable(this.mongo.findById(id, Document.class, COLLECTION))
			.map(DisclosureStore::fromDocument);
	}

	List<Disclosure> inState(DisclosureState state) {
		Query query = Query.query(Criteria.where("state").is(state.name()))
			.with(Sort.by(Sort.Direction.ASC, "requestedAt"));
		return this.mongo.find(query, Document.class, COLLECTION).stream().map(DisclosureStore::fromDocument).toList();
	}

	/**
	 * Records a decision on a pending request.
	 * @param decided the request after the decision
	 * @param event the event owed, or null
	 * @return true when this call decided it, false when it was no longer pending
	 */
	boolean decide(Disclosure decided, OutboxEntry event) {
		Update update = new Update().set("state", decided.state().name())
			.set("decidedBy", decided.decidedBy())
			.set("decisionReason", decided.decisionReason())
			.set("withholdNotice", decided.withholdNotice())
			.set("legalBasis", decided.legalBasis())
			.set("decidedAt", Date.from(decided.decidedAt()))
			.set("readableUntil", (decided.readableUntil() != null) ? Date.from(decided.readableUntil()) : null);
		if (event != null) {
			update.push(OutboxEntry.FIELD, event.toDocument());
		}
		Query query = Query
			.query(Criteria.where("_id").is(decided.id()).and("state").is(DisclosureState.PENDING.name()));
		return this.outbox.write(COLLECTION, decided.id(),
				() -> this.mongo.updateFirst(query, update, COLLECTION).getModifiedCount()) > 0;
	}

	private static Document toDocument(Disclosure disclosure) {
		return new Document("_id", disclosure.id()).append("caseId", disclosure.caseId())
			.append("pseudonym", disclosure.pseudonym())
			.append("requestedBy", disclosure.requestedBy())
			.append("reason", disclosure.reason())
			.append("requestedAt", Date.from(disclosure.requestedAt()))
			.append("state", disclosure.state().name())
			.append("withholdNotice", false)
			.append(OutboxEntry.FIELD, List.of());
	}

	private static Disclosure fromDocument(Document document) {
		return new Disclosure(document.getString("_id"), document.getString("caseId"), document.getString("pseudonym"),
				document.getString("requestedBy"), document.getString("reason"), instant(document, "requestedAt"),
				DisclosureState.valueOf(document.getString("state")), document.getString("decidedBy"),
				document.getString("decisionReason"), Boolean.TRUE.equals(document.getBoolean("withholdNotice")),
				document.getString("legalBasis"), instant(document, "decidedAt"), instant(document, "readableUntil"));
	}

	private static Instant instant(Document document, String field) {
		Date date = document.getDate(field);
		return (date != null) ? date.toInstant() : null;
	}

}
