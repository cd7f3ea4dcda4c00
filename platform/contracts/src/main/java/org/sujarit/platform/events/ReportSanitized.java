package org.sujarit.platform.events;

import java.time.Instant;

/**
 * A whistleblower report with the reporter's identity removed. Produced by the anonymizer
 * on {@link Topics#REPORTS_SANITIZED}, keyed by submission id; consumed by case-tracking.
 *
 * @param submissionId random id of the submission, used as the case id; not personal data
 * @param pseudonym the readable alias staff see instead of the reporter, random, not
 * derived from the identity; not personal data
 * @param category what the report alleges
 * @param narrative the report text with the reporter's identity redacted; may still name
 * the accused (evidence)
 * @param accused the official the report is about, optional; evidence
 * @param identitySealed true when the reporter left an identity, now sealed in the vault;
 * false for a fully anonymous report
 * @param receivedAt when intake received the report: the 15-day clock starts here
 * @param respondBy when the municipality must answer at the latest
 */
public record ReportSanitized(String submissionId, String pseudonym, Category category, String narrative,
		Accused accused, boolean identitySealed, Instant receivedAt, Instant respondBy) {
}
