package org.sujarit.cases.casefile;

/**
 * Who may see a history entry, message included.
 */
public enum Visibility {

	/** The complainant may see it, for example the answer given on resolving. */
	PUBLIC,

	/** Staff only, for example routing reasons and working notes. */
	INTERNAL

}
