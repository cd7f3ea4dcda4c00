package org.sujarit.platform.events;

/**
 * Where a case stands, as staff, the complainant and the statistics see it.
 */
public enum CaseStatus {

	RECEIVED, ACKNOWLEDGED, IN_PROGRESS, RESOLVED, CLOSED, REJECTED, REFERRED;

	/**
	 * Whether the case still needs work.
	 * @return true while the case is open
	 */
	public boolean open() {
		return this == RECEIVED || this == ACKNOWLEDGED || this == IN_PROGRESS;
	}

}
