package org.sujarit.intake.status;

import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import org.bson.Document;
import org.sujarit.platform.events.CaseChange;
import org.sujarit.platform.events.CaseStatus;
import org.sujarit.platform.events.Category;
import org.sujarit.platform.events.Channel;
import org.sujarit.platform.events.FollowUpKind;
import org.sujarit.platform.runtime.outbox.OutboxEntry;

import org.springframework.data.mongodb.core.query.Update;

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

	static final String CHANGE = "change";

	static final String SLA = "sla";

	/** Reporter messages sent but not yet back from the anonymizer: ids and times. */
	static final String PENDING_MESSAGES = "pendingMessages";

	/** Evidence files sent but not yet back from the anonymizer: ids and times. */
	static final String PENDING_EVIDENCE = "pendingEvidence";

	static final String PENDING_ID = "id";

	static final String DISCLOSED_AT = "disclosedAt";

	static final String DISCLOSURE_NOTICE = "disclosureNotice";

	private StatusDocuments() {
	}

	/**
	 * A newly received submission with the event that reports it.
	 * @param id the tracking code or submission id
	 * @param category the category, or null to leave it out
	 * @param channel the channel, or null to leave it out
	 * @param receivedAt when it was received
	 * @param respondBy when it must be answered
	 * @param events the outbox entries of the events announcing it (a complaint and its
	 * photo, if any)
	 * @return the document to insert
	 */
	public static Document received(String id, Category category, Channel channel, Instant receivedAt,
			Instant respondBy, OutboxEntry... events) {
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
			.append(UPDATES, List.of(update(receivedAt, CaseStatus.RECEIVED, CaseChange.OPENED, null)))
			.append(OutboxEntry.FIELD, Arrays.stream(events).map(OutboxEntry::toDocument).toList());
	}

	/**
	 * Records a follow-up the reporter sent whose sanitized form has not come back yet,
	 * so the timeline can say it is pending. Only its id and time: intake never keeps
	 * what the reporter wrote.
	 * @param kind {@link FollowUpKind#MESSAGE} or {@link FollowUpKind#EVIDENCE}; other
	 * kinds do not come back in the timeline and are not recorded
	 * @param followUpId the follow-up's id
	 * @param sentAt when it was sent
	 * @return the update to apply to the submission, empty for other kinds
	 */
	public static Optional<Update> pending(FollowUpKind kind, String followUpId, Instant sentAt) {
		String field = switch (kind) {
			case MESSAGE -> PENDING_MESSAGES;
			case EVIDENCE -> PENDING_EVIDENCE;
			default -> null;
		};
		if (field == null) {
			return Optional.empty();
		}
		return Optional
			.of(new Update().push(field, new Document(PENDING_ID, followUpId).append(AT, Date.from(sentAt))));
	}

	static Document update(Instant at, CaseStatus status, CaseChange change, String message) {
		Document update = new Document(AT, Date.from(at)).append(STATUS, status.name());
		if (change != null) {
			update.append(CHANGE, change.name());
		}
		if (message != null && !message.isBlank()) {
			update.append(MESSAGE, message);
		}
		return update;
	}

}
