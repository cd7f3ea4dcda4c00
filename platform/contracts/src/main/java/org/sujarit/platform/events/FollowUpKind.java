package org.sujarit.platform.events;

/**
 * What a whistleblower follow-up carries.
 */
public enum FollowUpKind {

	/** A message from the reporter to the legal officer. */
	MESSAGE,

	/** A file of evidence (photo, PDF, office document). */
	EVIDENCE,

	/** The reporter added their identity (confidential disclosure) after reporting. */
	IDENTITY_ADDED,

	/** The reporter turned content-free update pings on or off. */
	PINGS,

	/**
	 * Staff moved a general complaint to the corruption track: its complainant's contact
	 * and text are sealed for the anonymizer like a report. Produced by case-tracking.
	 */
	RECLASSIFIED

}
