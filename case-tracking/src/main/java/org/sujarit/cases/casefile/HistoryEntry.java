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
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record HistoryEntry(Instant at, HistoryAction action, String by, CaseStatus status, String message,
		Visibility visibility) {

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
		return document.append("visibility", this.visibility.name());
	}

	static HistoryEntry of(Document document) {
		return new HistoryEntry(document.getDate("at").toInstant(), HistoryAction.valueOf(document.getString("action")),
				document.getString("by"), CaseStatus.valueOf(document.getString("status")),
				document.getString("message"), Visibility.valueOf(document.getString("visibility")));
	}

}
