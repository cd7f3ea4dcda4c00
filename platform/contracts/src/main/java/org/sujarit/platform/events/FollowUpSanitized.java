package org.sujarit.platform.events;

import java.time.Instant;

/**
 * A whistleblower follow-up with the reporter's identity removed. Produced by the
 * anonymizer on {@link Topics#REPORTS_SANITIZED}, keyed by submission id; consumed by
 * case-tracking.
 *
 * @param submissionId the submission (case) it belongs to; not personal data
 * @param followUpId the follow-up's id; not personal data
 * @param kind what it carries
 * @param message the message (or, for {@link FollowUpKind#RECLASSIFIED}, the complaint's
 * text) with the reporter's identity redacted; null for other kinds; may still name the
 * accused (evidence)
 * @param evidence the scrubbed file ({@link FollowUpKind#EVIDENCE}); null otherwise
 * @param identitySealed whether an identity is now sealed in the vault for this
 * submission
 * @param pseudonym the report's pseudonym (for {@link FollowUpKind#RECLASSIFIED}, the new
 * one); not personal data
 * @param category for {@link FollowUpKind#RECLASSIFIED}, the corruption category; null
 * otherwise
 * @param sentAt when the reporter sent it (or staff reclassified)
 */
public record FollowUpSanitized(String submissionId, String followUpId, FollowUpKind kind, String message,
		SanitizedEvidence evidence, boolean identitySealed, String pseudonym, Category category, Instant sentAt) {
}
