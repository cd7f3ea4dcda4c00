package org.sujarit.notification.delivery;

import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.bson.Document;
import org.sujarit.platform.runtime.store.BulkWrites;

import org.springframework.data.mongodb.core.BulkOperations;
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
	 * Records the contacts of a batch of complaints with one unordered bulk insert; a
	 * contact already recorded (a complaint event seen again, or one whose case moved to
	 * the corruption track) is left as it is.
	 * @param contacts one per tracking code
	 */
	public void rememberAll(Collection<Contact> contacts) {
		if (contacts.isEmpty()) {
			return;
		}
		BulkOperations bulk = this.mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, COLLECTION);
		for (Contact contact : contacts) {
			bulk.insert(new Document("_id", contact.trackingCode()).append("email", contact.email())
				.append("receivedAt", (contact.receivedAt() != null) ? Date.from(contact.receivedAt()) : null));
		}
		BulkWrites.executeIgnoringDuplicates(bulk);
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
		return Optional.ofNullable(findAll(List.of(trackingCode)).get(trackingCode));
	}

	/**
	 * Looks up the contacts of several complaints with one query by {@code _id}.
	 * @param trackingCodes the tracking codes
	 * @return the contacts known, by tracking code
	 */
	public Map<String, Recipient> findAll(Collection<String> trackingCodes) {
		Map<String, Recipient> found = new HashMap<>();
		if (trackingCodes.isEmpty()) {
			return found;
		}
		for (Document document : this.mongo.find(Query.query(Criteria.where("_id").in(trackingCodes)), Document.class,
				COLLECTION)) {
			String trackingCode = document.getString("_id");
			found.put(trackingCode, new Recipient(trackingCode, document.getString("email")));
		}
		return found;
	}

	/**
	 * A complainant's contact as a complaint brings it.
	 *
	 * @param trackingCode the tracking code
	 * @param email the address, or null
	 * @param receivedAt when intake received the complaint
	 */
	public record Contact(String trackingCode, String email, Instant receivedAt) {

		@Override
		public String toString() {
			// never the address
			return "Contact[trackingCode=" + this.trackingCode + "]";
		}

	}

}
