package org.sujarit.cases.handling;

import java.util.List;

import org.sujarit.platform.events.CaseStatus;

/**
 * A change refused because of the state the case is in: the action is not allowed from
 * its status, or it changed since the caller read it. Answered 409 with the current
 * status, the actions allowed from it and the current version, so a client can reload and
 * decide again.
 */
public class CaseConflictException extends RuntimeException {

	private final String code;

	private final String messageTh;

	private final CaseStatus currentStatus;

	private final long currentVersion;

	private final List<String> allowedActions;

	public CaseConflictException(String code, String message, String messageTh, CaseStatus currentStatus,
			long currentVersion, List<String> allowedActions) {
		super(message);
		this.code = code;
		this.messageTh = messageTh;
		this.currentStatus = currentStatus;
		this.currentVersion = currentVersion;
		this.allowedActions = List.copyOf(allowedActions);
	}

	public String code() {
		return this.code;
	}

	public String messageTh() {
		return this.messageTh;
	}

	public CaseStatus currentStatus() {
		return this.currentStatus;
	}

	public long currentVersion() {
		return this.currentVersion;
	}

	public List<String> allowedActions() {
		return this.allowedActions;
	}

}
