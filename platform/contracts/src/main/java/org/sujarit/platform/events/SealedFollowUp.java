package org.sujarit.platform.events;

import java.time.Instant;

/**
 * The plaintext of a whistleblower follow-up, as intake (or, for a reclassified
 * complaint, case-tracking) seals it for the anonymizer. It never travels or rests
 * unencrypted: it is encrypted into {@link FollowUpSealed#ciphertext()} with the
 * anonymizer's public key.
 *
 * @param submissionId the submission (case) the follow-up belongs to; not personal data
 * @param followUpId random id of this follow-up; not personal data
 * @param kind what it carries
 * @param message the reporter's message ({@link FollowUpKind#MESSAGE}) or, for
 * {@link FollowUpKind#RECLASSIFIED}, the complaint's subject and description; personal
 * data
 * @param reporter the identity added ({@link FollowUpKind#IDENTITY_ADDED}) or the
 * complainant's contact ({@link FollowUpKind#RECLASSIFIED}); null otherwise; personal
 * data
 * @param evidence the file ({@link FollowUpKind#EVIDENCE}); null otherwise; personal data
 * @param updatePings for {@link FollowUpKind#PINGS}: whether the reporter wants
 * content-free update pings from now on
 * @param category for {@link FollowUpKind#RECLASSIFIED}: the corruption category the case
 * moved to; null otherwise
 * @param sentAt when the reporter sent it (or staff reclassified)
 */
public record SealedFollowUp(String submissionId, String followUpId, FollowUpKind kind, String message,
		Reporter reporter, EvidenceFile evidence, boolean updatePings, Category category, Instant sentAt) {
}
