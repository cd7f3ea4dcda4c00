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
 * @param disclosure what the reporter chose for their identity; null in reports sealed
 * before it existed (read as {@link ReporterDisclosure#CONFIDENTIAL} when an identity is
 * present)
 * @param updatePings true when a confidential reporter asked for content-free "there is
 * an update" messages at the e-mail or phone they left
 */
public record SealedReport(String submissionId, Category category, String narrative, Accused accused, Reporter reporter,
		Instant receivedAt, Instant respondBy, ReporterDisclosure disclosure, boolean updatePings) {

	/**
	 * A report whose identity, if any, is kept confidential, without update pings.
	 * @param submissionId the submission id
	 * @param category the category
	 * @param narrative the narrative
	 * @param accused the accused, optional
	 * @param reporter the reporter, null when anonymous
	 * @param receivedAt when intake received it
	 * @param respondBy the due date
	 */
	public SealedReport(String submissionId, Category category, String narrative, Accused accused, Reporter reporter,
			Instant receivedAt, Instant respondBy) {
		this(submissionId, category, narrative, accused, reporter, receivedAt, respondBy,
				ReporterDisclosure.CONFIDENTIAL, false);
	}

	/**
	 * The reporter's choice, also for reports sealed before the field existed.
	 * @return the disclosure mode
	 */
	public ReporterDisclosure disclosureOrDefault() {
		return (this.disclosure != null) ? this.disclosure : ReporterDisclosure.CONFIDENTIAL;
	}

}
