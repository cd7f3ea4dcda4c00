package org.sujarit.cases.casefile;

/**
 * What happened to a case, as the audit trail records it. Later rules add more
 * (reassignment, extension, reminders, escalation, notes).
 */
public enum HistoryAction {

	OPENED, ROUTED, ACKNOWLEDGED, STARTED, RESOLVED, CLOSED,

	// added by the SLA engine (org.sujarit.cases.sla)
	/** The due date moved, with the explanation to the complainant. */
	EXTENDED,

	/** The due date passed with neither resolution nor extension. */
	BREACHED

}
