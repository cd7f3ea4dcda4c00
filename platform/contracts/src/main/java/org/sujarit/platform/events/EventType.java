package org.sujarit.platform.events;

import java.net.URI;

/**
 * One kind of event: its CloudEvents type, the topic it travels on, the record of its
 * data and the JSON Schema that record follows.
 *
 * @param <T> the data record
 * @param type the CloudEvents {@code type}
 * @param topic the Kafka topic
 * @param dataClass the data record class
 * @param schema the CloudEvents {@code dataschema}: the schema's path in this module
 */
public record EventType<T>(String type, String topic, Class<T> dataClass, URI schema) {

	/** A general complaint was filed. */
	public static final EventType<ComplaintSubmitted> COMPLAINT_SUBMITTED = of("org.sujarit.complaint.submitted.v1",
			Topics.COMPLAINTS, ComplaintSubmitted.class, "complaint-submitted.v1.json");

	/**
	 * A photo was attached to a general complaint (re-encoded without metadata by
	 * intake).
	 */
	public static final EventType<ComplaintPhotoAttached> COMPLAINT_PHOTO_ATTACHED = of(
			"org.sujarit.complaint.photo-attached.v1", Topics.COMPLAINT_PHOTOS, ComplaintPhotoAttached.class,
			"complaint-photo-attached.v1.json");

	/** A whistleblower report was sealed for the anonymizer. */
	public static final EventType<WhistleblowerReportSealed> WHISTLEBLOWER_REPORT_SEALED = of(
			"org.sujarit.whistleblower.report-sealed.v1", Topics.WHISTLEBLOWER_SEALED, WhistleblowerReportSealed.class,
			"whistleblower-report-sealed.v1.json");

	/** A whistleblower report was anonymized. */
	public static final EventType<ReportSanitized> REPORT_SANITIZED = of(
			"org.sujarit.whistleblower.report-sanitized.v1", Topics.REPORTS_SANITIZED, ReportSanitized.class,
			"report-sanitized.v1.json");

	/** A case was opened or changed status. */
	public static final EventType<CaseStatusChanged> CASE_STATUS_CHANGED = of("org.sujarit.case.status-changed.v1",
			Topics.CASE_STATUS, CaseStatusChanged.class, "case-status-changed.v1.json");

	/**
	 * A whistleblower follow-up (or a reclassified complaint) was sealed for the
	 * anonymizer.
	 */
	public static final EventType<FollowUpSealed> FOLLOW_UP_SEALED = of("org.sujarit.whistleblower.follow-up-sealed.v1",
			Topics.WHISTLEBLOWER_SEALED, FollowUpSealed.class, "follow-up-sealed.v1.json");

	/** A whistleblower follow-up was anonymized. */
	public static final EventType<FollowUpSanitized> FOLLOW_UP_SANITIZED = of(
			"org.sujarit.whistleblower.follow-up-sanitized.v1", Topics.REPORTS_SANITIZED, FollowUpSanitized.class,
			"follow-up-sanitized.v1.json");

	/** A reporter's identity was disclosed to a legal officer. */
	public static final EventType<IdentityDisclosed> IDENTITY_DISCLOSED = of(
			"org.sujarit.whistleblower.identity-disclosed.v1", Topics.REPORTS_SANITIZED, IdentityDisclosed.class,
			"identity-disclosed.v1.json");

	/** A deadline reminder, escalation or digest for staff. */
	public static final EventType<SlaAlert> SLA_ALERT = of("org.sujarit.case.sla-alert.v1", Topics.CASE_STATUS,
			SlaAlert.class, "sla-alert.v1.json");

	private static <T> EventType<T> of(String type, String topic, Class<T> dataClass, String schemaFile) {
		return new EventType<>(type, topic, dataClass, URI.create("/schemas/" + schemaFile));
	}

}
