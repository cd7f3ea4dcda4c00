package org.sujarit.cases.casefile;

/**
 * What happened to a case, as the audit trail records it. Later rules add more
 * (reassignment, extension, reminders, escalation, notes).
 */
public enum HistoryAction {

	OPENED, ROUTED, ACKNOWLEDGED, STARTED, RESOLVED, CLOSED

}
