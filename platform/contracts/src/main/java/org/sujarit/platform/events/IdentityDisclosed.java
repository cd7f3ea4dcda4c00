package org.sujarit.platform.events;

import java.time.Instant;

/**
 * A custodian approved a legal officer's request to read a reporter's identity. Produced
 * by the anonymizer on {@link Topics#REPORTS_SANITIZED}, keyed by submission id; consumed
 * by case-tracking, which records it in the case's audit trail and, unless the custodian
 * recorded a legal reason not to, tells the reporter.
 *
 * @param submissionId the submission (case); not personal data
 * @param requestId the disclosure request; not personal data
 * @param approvedAt when the custodian approved
 * @param reporterInformed false when the custodian recorded a legal reason not to tell
 * the reporter
 */
public record IdentityDisclosed(String submissionId, String requestId, Instant approvedAt, boolean reporterInformed) {
}
