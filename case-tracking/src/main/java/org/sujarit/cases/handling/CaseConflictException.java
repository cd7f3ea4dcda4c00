package org.sujarit.cases.handling;

import org.sujarit.platform.events.CaseStatus;

/**
 * A change refused because of the state the case is in: the action is not allowed from
 * its status, or it changed since the caller read it. Answered 409 with the current
 * status and version, so a client can reload and decide again.
 */
class CaseConflictException extends RuntimeException {

	private final String code;

	private final String messageTh;

	private final CaseStatus currentStatus;

	private final long currentVersion;

	CaseConflictException(String code, String message, String messageTh, CaseStatus currentStatus,
			long currentVersion) {
		super(message);
		this.code = code;
		this.messageTh = messageTh;
		this.currentStatus = currentStatus;
		this.currentVersion = currentVersion;
	}

	String code() {
		return this.code;
	}

	String messageTh() {
		return this.messageTh;
	}

	CaseStatus currentStatus() {
		return this.currentStatus;
	}

	long currentVersion() {
		return this.currentVersion;
	}

}
