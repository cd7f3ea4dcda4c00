package org.sujarit.cases.casefile;

import java.time.Instant;
import java.util.Date;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.bson.Document;
import org.sujarit.platform.events.CaseStatus;

/**
 * One entry of a case's audit trail. Entries are only ever appended.
 *
 * @param at when it happened
 * @param action what happened
 * @param by the staff user who did it, or {@value #SYSTEM}
 * @param status the case's status after it
 * @param message the answer or note that came with it, optional
 * @param visibility who may see the entry
 * @param detail what the action was about, optional: the unit routed or reassigned to,
 * the officer assigned, the outside body referred to, the evidence id
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record HistoryEntry(Instant at, HistoryAction action, String by, CaseStatus status, String message,
		Visibility visibility, String detail) {

	/**
	 * An entry without detail.
	 * @param at when it happened
	 * @param action what happened
	 * @param by who did it
	 * @param status the status after it
	 * @param message the message, optional
	 * @param visibility who may see it
	 */
	public HistoryEntry(Instant at, HistoryAction action, String by, CaseStatus status, String message,
			Visibility visibility) {
		this(at, action, by, status, message, visibility, null);
	}

	/** The actor of what the service does by itself. */
	public static final String SYSTEM = "system";

	/**
	 * The entry as stored in the case's {@code history} array.
	 * @return the document
	 */
	public Document toDocument() {
		Document document = new Document("at", Date.from(this.at)).append("action", this.action.name())
			.append("by", this.by)
			.append("status", this.status.name());
		if (this.message != null) {
			document.append("message", this.message);
		}
		document.append("visibility", this.visibility.name());
		if (this.detail != null) {
			document.append("detail", this.detail);
		}
		return document;
	}

	static HistoryEntry of(Document document) {
		return new HistoryEntry(document.getDate("at").toInstant(), HistoryAction.valueOf(document.getString("action")),
				document.getString("by"), CaseStatus.valueOf(document.getString("status")),
				document.getString("message"), Visibility.valueOf(document.getString("visibility")),
				document.getString("detail"));
	}

}
