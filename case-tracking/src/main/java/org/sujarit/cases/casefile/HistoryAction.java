package org.sujarit.cases.casefile;

/**
 * What happened to a case, as the audit trail records it.
 */
public enum HistoryAction {

	OPENED, RECORDED, ROUTED, ACKNOWLEDGED, STARTED, WAITING_ON_COMPLAINANT, RESUMED, RESOLVED, CLOSED, REJECTED,
	REFERRED, REOPENED, NOTE, PUBLIC_MESSAGE, CLAIMED, ASSIGNED, REASSIGNED, RECLASSIFIED, REPORTER_MESSAGE,
	EVIDENCE_ADDED, IDENTITY_SEALED, IDENTITY_DISCLOSED,

	// added by the SLA engine (org.sujarit.cases.sla)
	/** The due date moved, with the explanation to the complainant. */
	EXTENDED,

	/** The due date passed with neither resolution nor extension. */
	BREACHED

}
