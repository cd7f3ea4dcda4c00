package org.sujarit.cases.casefile;

/**
 * Which channel a case came from, which decides what the case holds.
 */
public enum CaseKind {

	/** A general complaint: subject, description, location, complainant contact. */
	GENERAL,

	/**
	 * A sanitized whistleblower report: pseudonym, redacted narrative, accused; never an
	 * identity.
	 */
	WHISTLEBLOWER

}
