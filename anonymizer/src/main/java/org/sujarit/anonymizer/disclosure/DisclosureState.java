package org.sujarit.anonymizer.disclosure;

/**
 * Where a disclosure request stands. PENDING is the only state a decision leaves;
 * APPROVED and DENIED are final.
 */
public enum DisclosureState {

	/** A legal officer asked; no custodian has decided. */
	PENDING,

	/**
	 * A custodian approved: the requesting officer may read the identity in the window.
	 */
	APPROVED,

	/** A custodian denied: nobody reads the identity on this request. */
	DENIED

}
