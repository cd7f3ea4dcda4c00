package org.sujarit.platform.events;

/**
 * How a case stands against its response deadline.
 */
public enum SlaStanding {

	/** Open or answered, and within its due date. */
	ON_TRACK,

	/** Waiting on the complainant: the clock does not run. */
	PAUSED,

	/** Staff moved the due date before it passed and explained why. */
	EXTENDED,

	/**
	 * The due date passed with neither resolution nor extension. Stays so even when the
	 * case is resolved later.
	 */
	BREACHED

}
