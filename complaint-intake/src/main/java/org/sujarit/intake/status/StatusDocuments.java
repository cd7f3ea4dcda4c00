package org.sujarit.intake.status;

import java.time.Instant;
import java.util.Date;
import java.util.List;

import org.bson.Document;
import org.sujarit.platform.events.CaseStatus;
import org.sujarit.platform.events.Category;
import org.sujarit.platform.events.Channel;
import org.sujarit.platform.runtime.outbox.OutboxEntry;

/**
 * The shape of the documents the public status view is read from, one per submission.
 * They hold only what the status page shows; what the citizen wrote leaves with the event
 * in the outbox entry and is gone once the relay has published it.
 */
public final class StatusDocuments {

	/** General complaints, by tracking code. */
	public static final String COMPLAINTS = "complaints";

	/** Whistleblower submissions, by submission id. */
	public static final String WHISTLEBLOWER_SUBMISSIONS = "whistleblower_submissions";

	static final String CATEGORY = "category";

	static final String CHANNEL = "channel";

	static final String STATUS = "status";

	static final String RECEIVED_AT = "receivedAt";

	static final String RESPOND_BY = "respondBy";

	static final String CASE_VERSION = "caseVersion";

	static final String UPDATES = "updates";

	static final String AT = "at";

	static final String MESSAGE = "message";

	private StatusDocuments() {
	}

	/**
	 * A newly received submission with the event that reports it.
	 * @param id the tracking code or submission id
	 * @param category the category, or null to leave it out
	 * @param channel the channel, or null to leave it out
	 * @param receivedAt when it was received
	 * @param respondBy when it must be answered
	 * @param event the outbox entry of the event announcing it
	 * @return the document to insert
	 */
	public static Document received(String id, Category category, Channel channel, Instant receivedAt,
			Instant respondBy, OutboxEntry event) {
		Document document = new Document("_id", id);
		if (category != null) {
			document.append(CATEGORY, category.name());
		}
		if (channel != null) {
			document.append(CHANNEL, channel.name());
		}
		return document.append(STATUS, CaseStatus.RECEIVED.name())
			.append(RECEIVED_AT, Date.from(receivedAt))
			.append(RESPOND_BY, Date.from(respondBy))
			.append(CASE_VERSION, 0L)
			.append(UPDATES, List.of(update(receivedAt, CaseStatus.RECEIVED, null)))
			.append(OutboxEntry.FIELD, List.of(event.toDocument()));
	}

	static Document update(Instant at, CaseStatus status, String message) {
		Document update = new Document(AT, Date.from(at)).append(STATUS, status.name());
		if (message != null && !message.isBlank()) {
			update.append(MESSAGE, message);
		}
		return update;
	}

}
