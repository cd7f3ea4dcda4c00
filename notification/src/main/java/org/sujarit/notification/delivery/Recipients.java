package org.sujarit.notification.delivery;

import java.time.Instant;
import java.util.Date;
import java.util.Optional;

import org.bson.Document;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The contact general complainants left for updates, one document per tracking code in
 * {@value #COLLECTION}: {@code {_id: trackingCode, email, receivedAt}}.
 */
@Component
public class Recipients {

	static final String COLLECTION = "recipients";

	private final MongoTemplate mongo;

	public Recipients(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	/**
	 * Records a complainant's contact, once; a complaint event seen again changes
	 * nothing.
	 * @param trackingCode the tracking code
	 * @param email the address, or null
	 * @param receivedAt when intake received the complaint
	 */
	public void remember(String trackingCode, String email, Instant receivedAt) {
		Document document = new Document("_id", trackingCode).append("email", email)
			.append("receivedAt", (receivedAt != null) ? Date.from(receivedAt) : null);
		try {
			this.mongo.insert(document, COLLECTION);
		}
		catch (DuplicateKeyException ex) {
			// already known: the complaint event was delivered again
		}
	}

	/**
	 * Forgets a complainant's contact for good: the case moved to the corruption track,
	 * where only the anonymizer's vault may hold it. Leaves a record without an address,
	 * so a complaint event seen again later cannot bring the address back.
	 * @param trackingCode the tracking code
	 */
	public void forget(String trackingCode) {
		Query query = Query.query(Criteria.where("_id").is(trackingCode));
		Update update = new Update().set("email", null).set("sealed", true);
		this.mongo.upsert(query, update, COLLECTION);
	}

	/**
	 * Looks up a complainant's contact.
	 * @param trackingCode the tracking code
	 * @return the contact, empty when the complaint event has not arrived (yet)
	 */
	public Optional<Recipient> find(String trackingCode) {
		Document document = this.mongo.findById(trackingCode, Document.class, COLLECTION);
		return Optional.ofNullable(document).map((found) -> new Recipient(trackingCode, found.getString("email")));
	}

}
