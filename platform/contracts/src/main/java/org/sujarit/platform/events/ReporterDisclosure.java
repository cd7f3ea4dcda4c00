package org.sujarit.platform.events;

/**
 * What the whistleblower chose to happen to the identity they typed in.
 */
public enum ReporterDisclosure {

	/**
	 * Nothing is kept: the identity is used only to redact the narrative, then dropped.
	 */
	ANONYMOUS,

	/**
	 * The identity is sealed in the anonymizer's vault; it is revealed only by the
	 * two-person disclosure procedure.
	 */
	CONFIDENTIAL

}
