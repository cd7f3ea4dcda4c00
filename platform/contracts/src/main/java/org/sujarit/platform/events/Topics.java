package org.sujarit.platform.events;

import java.util.List;

/**
 * The Kafka topics the services meet on.
 */
public final class Topics {

	/** General complaints ({@link ComplaintSubmitted}); carries complainant contact. */
	public static final String COMPLAINTS = "sujarit.complaints.v1";

	/**
	 * Photos citizens attached to general complaints ({@link ComplaintPhotoAttached}),
	 * re-encoded without metadata by intake; a photo may show people. Large messages. Its
	 * own topic so that the consumers of {@link #COMPLAINTS} (notification among them)
	 * never receive pictures.
	 */
	public static final String COMPLAINT_PHOTOS = "sujarit.complaint-photos.v1";

	/**
	 * Sealed whistleblower reports ({@link WhistleblowerReportSealed}) and follow-ups
	 * ({@link FollowUpSealed}); ciphertext only. Carries evidence files: large messages.
	 */
	public static final String WHISTLEBLOWER_SEALED = "sujarit.whistleblower.sealed.v1";

	/**
	 * Sanitized whistleblower reports ({@link ReportSanitized}), follow-ups
	 * ({@link FollowUpSanitized}) and disclosures ({@link IdentityDisclosed}); no
	 * reporter identity. Carries scrubbed evidence files: large messages.
	 */
	public static final String REPORTS_SANITIZED = "sujarit.reports.sanitized.v1";

	/**
	 * Case status changes ({@link CaseStatusChanged}) and deadline alerts for staff
	 * ({@link SlaAlert}); no identity. Consumers skip types they do not read.
	 */
	public static final String CASE_STATUS = "sujarit.case-status.v1";

	/**
	 * Topics whose messages may carry evidence files or photos, up to
	 * {@link #LARGE_MESSAGE_BYTES}.
	 */
	public static final List<String> LARGE = List.of(WHISTLEBLOWER_SEALED, REPORTS_SANITIZED, COMPLAINT_PHOTOS);

	/**
	 * Largest message on a {@link #LARGE} topic: a 10 MB file, base64, sealed, in a
	 * CloudEvent.
	 */
	public static final int LARGE_MESSAGE_BYTES = 16 * 1024 * 1024;

	/** Every topic, for creating them at start. */
	public static final List<String> ALL = List.of(COMPLAINTS, WHISTLEBLOWER_SEALED, REPORTS_SANITIZED, CASE_STATUS,
			COMPLAINT_PHOTOS);

	private Topics() {
	}

}
