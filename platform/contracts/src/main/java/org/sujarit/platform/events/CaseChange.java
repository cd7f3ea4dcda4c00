package org.sujarit.platform.events;

/**
 * What a {@link CaseStatusChanged} event reports, besides the status it carries.
 */
public enum CaseChange {

	/** The case was opened. */
	OPENED,

	/** The status changed. */
	STATUS_CHANGED,

	/** Staff wrote to the complainant or reporter without changing the status. */
	PUBLIC_MESSAGE,

	/**
	 * A (sanitized) message from the whistleblower arrived through the follow-up page.
	 */
	REPORTER_MESSAGE,

	/** Evidence was added to the case. */
	EVIDENCE_ADDED,

	/** The due date moved, with the explanation as the public message. */
	EXTENDED,

	/** The case went to another unit; the SLA clock does not restart. */
	REASSIGNED,

	/** The case moved between the general and the corruption track. */
	RECLASSIFIED,

	/** A supervisor reopened a resolved, closed, rejected or referred case. */
	REOPENED,

	/** The due date passed with neither resolution nor extension. */
	BREACHED,

	/**
	 * The reporter's identity was disclosed to a legal officer after a custodian's
	 * approval.
	 */
	IDENTITY_DISCLOSED

}
