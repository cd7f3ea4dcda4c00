package org.sujarit.cases.sla;

/**
 * The SLA fields of a case document, all under {@value #SLA}. They live here rather than
 * in {@code CaseDocument} so the SLA engine owns them; the due date itself stays the
 * case's {@code respondBy}.
 * <p>
 * {@code sla: {days, dayKind, standing, pausedAt?, extended, extensions[], breached,
 * breachedAt?}}
 */
public final class SlaFields {

	/** The sub-document. */
	public static final String SLA = "sla";

	/** The policy's number of days. */
	public static final String DAYS = "sla.days";

	/** The policy's {@link DayKind}. */
	public static final String DAY_KIND = "sla.dayKind";

	/** The case's {@link org.sujarit.platform.events.SlaStanding}. */
	public static final String STANDING = "sla.standing";

	/** When the case was paused (waiting on the complainant); absent while running. */
	public static final String PAUSED_AT = "sla.pausedAt";

	/** Whether the due date was ever extended. */
	public static final String EXTENDED = "sla.extended";

	/** Each extension: {@code {at, by, from, to}}. */
	public static final String EXTENSIONS = "sla.extensions";

	/** Whether the case breached its due date; never unset, for statistics. */
	public static final String BREACHED = "sla.breached";

	/** When the breach was recorded. */
	public static final String BREACHED_AT = "sla.breachedAt";

	/**
	 * The staff user the case is assigned to. Owned by case handling (assignment); the
	 * SLA engine only reads it to address reminders.
	 */
	public static final String ASSIGNEE = "assignee";

	private SlaFields() {
	}

}
