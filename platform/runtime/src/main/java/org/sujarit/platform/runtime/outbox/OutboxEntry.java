package org.sujarit.platform.runtime.outbox;

import java.util.ArrayList;
import java.util.List;

import org.bson.Document;

/**
 * An event waiting in an aggregate document's {@value #FIELD} array until the relay has
 * published it. It is written in the same document write as the state change it reports,
 * which is what makes the pair atomic without transactions.
 *
 * @param id the event id
 * @param topic the topic to publish to
 * @param key the record key, which keeps one aggregate's events in order
 * @param payload the encoded CloudEvent
 */
public record OutboxEntry(String id, String topic, String key, String payload) {

	/** The array field in an aggregate document that holds its unpublished events. */
	public static final String FIELD = "outbox";

	/**
	 * The entry as a document to embed in the aggregate.
	 * @return the document
	 */
	public Document toDocument() {
		return new Document("id", this.id).append("topic", this.topic)
			.append("key", this.key)
			.append("payload", this.payload);
	}

	static OutboxEntry of(Document document) {
		return new OutboxEntry(document.getString("id"), document.getString("topic"), document.getString("key"),
				document.getString("payload"));
	}

	static List<OutboxEntry> in(Document aggregate) {
		List<OutboxEntry> entries = new ArrayList<>();
		Object field = aggregate.get(FIELD);
		if (field instanceof List<?> list) {
			for (Object item : list) {
				if (item instanceof Document document) {
					entries.add(of(document));
				}
			}
		}
		return entries;
	}

}
