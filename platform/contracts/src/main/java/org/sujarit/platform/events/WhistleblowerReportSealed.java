package org.sujarit.platform.events;

/**
 * A whistleblower report, sealed for the anonymizer. Produced by complaint-intake on
 * {@link Topics#WHISTLEBLOWER_SEALED}, keyed by submission id; consumed by the anonymizer
 * only. Carries no plaintext besides the random submission id.
 *
 * @param submissionId random id of the submission; bound to the ciphertext as context so
 * a ciphertext cannot be replayed under another id; not personal data
 * @param ciphertext base64 of a Tink hybrid (HPKE) ciphertext of the JSON of a
 * {@link SealedReport}; only the anonymizer's private keyset opens it
 */
public record WhistleblowerReportSealed(String submissionId, String ciphertext) {
}
