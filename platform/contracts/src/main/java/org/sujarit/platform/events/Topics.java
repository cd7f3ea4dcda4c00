package org.sujarit.platform.events;

import java.util.List;

/**
 * The Kafka topics the services meet on.
 */
public final class Topics {

	/** General complaints ({@link ComplaintSubmitted}); carries complainant contact. */
	public static final String COMPLAINTS = "sujarit.complaints.v1";

	/**
	 * Sealed whistleblower reports ({@link WhistleblowerReportSealed}); ciphertext only.
	 */
	public static final String WHISTLEBLOWER_SEALED = "sujarit.whistleblower.sealed.v1";

	/**
	 * Sanitized whistleblower reports ({@link ReportSanitized}); no reporter identity.
	 */
	public static final String REPORTS_SANITIZED = "sujarit.reports.sanitized.v1";

	/** Case status changes ({@link CaseStatusChanged}); no identity. */
	public static final String CASE_STATUS = "sujarit.case-status.v1";

	/** Every topic, for creating them at start. */
	public static final List<String> ALL = List.of(COMPLAINTS, WHISTLEBLOWER_SEALED, REPORTS_SANITIZED, CASE_STATUS);

	private Topics() {
	}

}
