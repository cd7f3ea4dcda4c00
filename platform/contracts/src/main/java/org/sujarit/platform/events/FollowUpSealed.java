package org.sujarit.platform.events;

/**
 * A whistleblower follow-up, sealed for the anonymizer. Produced by complaint-intake (and
 * by case-tracking for {@link FollowUpKind#RECLASSIFIED}) on
 * {@link Topics#WHISTLEBLOWER_SEALED}, keyed by submission id; consumed by the anonymizer
 * only. Carries no plaintext besides the random ids.
 *
 * @param submissionId the submission (case) it belongs to; not personal data
 * @param followUpId random id of the follow-up, bound to the ciphertext as context
 * together with the submission id; not personal data
 * @param ciphertext base64 of a Tink hybrid (HPKE) ciphertext of the JSON of a
 * {@link SealedFollowUp}; only the anonymizer's private keyset opens it
 */
public record FollowUpSealed(String submissionId, String followUpId, String ciphertext) {
}
