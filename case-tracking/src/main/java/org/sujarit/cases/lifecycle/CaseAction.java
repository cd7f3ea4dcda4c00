package org.sujarit.cases.lifecycle;

import org.sujarit.platform.events.CaseStatus;

/**
 * What staff do to move a case on, and the status each action leads to.
 */
public enum CaseAction {

	/** Staff have seen the case (รับเรื่อง). */
	ACKNOWLEDGE(CaseStatus.ACKNOWLEDGED, "acknowledged", "รับเรื่อง"),

	/** Work on the case has started. */
	START(CaseStatus.IN_PROGRESS, "started", "เริ่มดำเนินการ"),

	/** The case is answered; the answer goes to the complainant. */
	RESOLVE(CaseStatus.RESOLVED, "resolved", "แก้ไขปัญหาแล้ว"),

	/** Nothing more will happen on the case. */
	CLOSE(CaseStatus.CLOSED, "closed", "ปิดเรื่อง");

	private final CaseStatus target;

	private final String verb;

	private final String verbTh;

	CaseAction(CaseStatus target, String verb, String verbTh) {
		this.target = target;
		this.verb = verb;
		this.verbTh = verbTh;
	}

	/**
	 * The status the case has after the action.
	 * @return the target status
	 */
	public CaseStatus target() {
		return this.target;
	}

	/**
	 * The action as a past participle, for messages.
	 * @return such as {@code acknowledged}
	 */
	public String verb() {
		return this.verb;
	}

	/**
	 * The action in Thai, for messages.
	 * @return such as {@code รับเรื่อง}
	 */
	public String verbTh() {
		return this.verbTh;
	}

}
