package org.sujarit.notification.delivery;

import java.time.Instant;
import java.util.Date;
import java.util.Optional;

import org.bson.Document;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
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
	 * Looks up a complainant's contact.
	 * @param trackingCode the tracking code
	 * @return the contact, empty when the complaint event has not arrived (yet)
	 */
	public Optional<Recipient> find(String trackingCode) {
		Document document = this.mongo.findById(trackingCode, Document.class, COLLECTION);
		return Optional.ofNullable(document).map((found) -> new Recipient(trackingCode, found.getString("email")));
	}

}
