package org.sujarit.cases.queue;

import java.time.Instant;

import org.sujarit.cases.casefile.CaseDocument;
import org.sujarit.cases.casefile.CaseKind;
import org.sujarit.platform.events.CaseStatus;
import org.sujarit.platform.events.Category;
import org.sujarit.platform.events.Channel;

/**
 * One line of a staff queue.
 *
 * @param caseId the case id
 * @param kind general complaint or whistleblower report
 * @param category what it is about
 * @param channel how it came in
 * @param unit the unit handling it
 * @param status where it stands
 * @param receivedAt when intake received it
 * @param respondBy when the answer is due
 * @param overdue whether it is open past its due date
 * @param version the case version, for optimistic locking of the next change
 * @param title the subject of a complaint, the pseudonym of a whistleblower report
 * @param assignee the officer working it, null while unassigned
 */
public record CaseSummary(String caseId, CaseKind kind, Category category, Channel channel, String unit,
		CaseStatus status, Instant receivedAt, Instant respondBy, boolean overdue, long version, String title,
		String assignee) {

	static CaseSummary of(CaseDocument document, Instant now) {
		return new CaseSummary(document.caseId(), document.kind(), document.category(), document.channel(),
				document.unit(), document.status(), document.receivedAt(), document.respondBy(), document.overdue(now),
				document.version(), document.title(), document.assignee());
	}

}
