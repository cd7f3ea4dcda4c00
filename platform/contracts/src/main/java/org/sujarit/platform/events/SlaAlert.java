package org.sujarit.platform.events;

import java.time.Instant;
import java.util.List;

/**
 * A deadline alert for staff. Produced by case-tracking's SLA scanner on
 * {@link Topics#CASE_STATUS}, keyed by case id (by unit for a digest); consumed by
 * notification, which delivers it to the staff it names. Carries no identity of a
 * complainant or reporter, and no case text.
 *
 * @param alertId stable id of this alert, such as {@code SJ-...:reminder:P5D}: the same
 * alert is never raised twice under two ids; not personal data
 * @param kind reminder, escalation or digest
 * @param unit the unit the case (or digest) belongs to; not personal data
 * @param caseId the case, null for a digest; not personal data
 * @param assignee user name of the officer the case is assigned to, null when unassigned;
 * a staff account name, no citizen's data
 * @param dueAt the case's due date, null for a digest
 * @param daysBefore for a reminder, how many days before the due date it was due; 0
 * otherwise
 * @param dueCaseIds for a digest, the unit's open cases due within the digest window or
 * overdue, soonest first; empty otherwise; not personal data
 * @param raisedAt when the scanner raised it
 */
public record SlaAlert(String alertId, SlaAlertKind kind, String unit, String caseId, String assignee, Instant dueAt,
		int daysBefore, List<String> dueCaseIds, Instant raisedAt) {
}
