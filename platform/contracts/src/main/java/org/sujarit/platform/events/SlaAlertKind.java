package org.sujarit.platform.events;

/**
 * Which deadline alert an {@link SlaAlert} is.
 */
public enum SlaAlertKind {

	/** The due date is near: to the assigned officer and the unit head. */
	REMINDER,

	/** The due date passed with neither resolution nor extension: to the supervisor. */
	ESCALATION,

	/** The daily list of a unit's cases due soon or overdue: to the unit head. */
	DIGEST

}
