package org.sujarit.platform.events;

import java.time.Instant;

/**
 * The plaintext of a whistleblower report, as intake seals it for the anonymizer. It
 * never travels or rests unencrypted: intake encrypts it into
 * {@link WhistleblowerReportSealed#ciphertext()} with the anonymizer's public key.
 *
 * @param submissionId random id of the submission, also the case id; not personal data
 * @param category what the report alleges
 * @param narrative the reporter's free text; personal data (the reporter often writes
 * their own identity into it)
 * @param accused the official the report is about, optional; evidence
 * @param reporter the identity the reporter typed into the form, null when anonymous;
 * personal data
 * @param receivedAt when intake received the report: the 15-day clock starts here
 * @param respondBy when the municipality must answer at the latest
 */
public record SealedReport(String submissionId, Category category, String narrative, Accused accused, Reporter reporter,
		Instant receivedAt, Instant respondBy) {
}
