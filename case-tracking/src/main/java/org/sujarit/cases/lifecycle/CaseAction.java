package org.sujarit.cases.lifecycle;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

import org.sujarit.platform.events.CaseStatus;

/**
 * What staff do to move a case on: the statuses each action may be taken from and the
 * status it leads to.
 */
public enum CaseAction {

	/** Staff have seen the case (รับเรื่อง). */
	ACKNOWLEDGE(CaseStatus.ACKNOWLEDGED, "acknowledged", "รับเรื่อง", EnumSet.of(CaseStatus.RECEIVED)),

	/** Work on the case has started. */
	START(CaseStatus.IN_PROGRESS, "started", "เริ่มดำเนินการ", EnumSet.of(CaseStatus.ACKNOWLEDGED)),

	/**
	 * Staff asked the complainant for something; the SLA clock pauses until the answer.
	 */
	AWAIT_COMPLAINANT(CaseStatus.WAITING_ON_COMPLAINANT, "put on hold for the complainant", "รอข้อมูลจากผู้ร้องเรียน",
			EnumSet.of(CaseStatus.ACKNOWLEDGED, CaseStatus.IN_PROGRESS)),

	/** The complainant answered (or staff stopped waiting): work goes on. */
	RESUME(CaseStatus.IN_PROGRESS, "resumed", "ดำเนินการต่อ", EnumSet.of(CaseStatus.WAITING_ON_COMPLAINANT)),

	/** The case is answered; the answer goes to the complainant. */
	RESOLVE(CaseStatus.RESOLVED, "resolved", "แก้ไขปัญหาแล้ว",
			EnumSet.of(CaseStatus.RECEIVED, CaseStatus.ACKNOWLEDGED, CaseStatus.IN_PROGRESS,
					CaseStatus.WAITING_ON_COMPLAINANT)),

	/** Nothing more will happen on the case. */
	CLOSE(CaseStatus.CLOSED, "closed", "ปิดเรื่อง", EnumSet.of(CaseStatus.RESOLVED)),

	/**
	 * Not within the municipality's remit: the reason and where to go instead go to the
	 * complainant.
	 */
	REJECT(CaseStatus.REJECTED, "rejected", "ไม่รับเรื่อง",
			EnumSet.of(CaseStatus.RECEIVED, CaseStatus.ACKNOWLEDGED, CaseStatus.IN_PROGRESS)),

	/** Sent to a named outside body such as the NACC. */
	REFER(CaseStatus.REFERRED, "referred", "ส่งต่อเรื่อง",
			EnumSet.of(CaseStatus.RECEIVED, CaseStatus.ACKNOWLEDGED, CaseStatus.IN_PROGRESS)),

	/** A supervisor takes a finished case up again. */
	REOPEN(CaseStatus.IN_PROGRESS, "reopened", "เปิดเรื่องใหม่",
			EnumSet.of(CaseStatus.RESOLVED, CaseStatus.CLOSED, CaseStatus.REJECTED, CaseStatus.REFERRED));

	private final CaseStatus target;

	private final String verb;

	private final String verbTh;

	private final Set<CaseStatus> from;

	CaseAction(CaseStatus target, String verb, String verbTh, Set<CaseStatus> from) {
		this.target = target;
		this.verb = verb;
		this.verbTh = verbTh;
		this.from = Collections.unmodifiableSet(from);
	}

	/**
	 * The status the case has after the action.
	 * @return the target status
	 */
	public CaseStatus target() {
		return this.target;
	}

	/**
	 * The statuses the action may be taken from.
	 * @return the statuses
	 */
	public Set<CaseStatus> from() {
		return this.from;
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

	/**
	 * The action as it appears in the API path.
	 * @return such as {@code await-complainant}
	 */
	public String path() {
		return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
	}

}
