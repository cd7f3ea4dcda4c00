package org.sujarit.anonymizer.disclosure;

import java.time.Duration;
import java.time.Instant;

import org.sujarit.platform.runtime.staff.StaffRole;
import org.sujarit.platform.runtime.staff.StaffUser;

/**
 * One request to read a reporter's identity, and the rules it follows: a legal officer
 * asks with a reason; a custodian who is not the requester approves or denies with a
 * reason (and, to keep the reporter uninformed, a legal basis); after approval only the
 * requesting officer may read the identity, and only until the read window closes.
 *
 * @param id the request id
 * @param caseId the case (submission) whose reporter is asked for
 * @param pseudonym the report's pseudonym, for log lines
 * @param requestedBy user name of the legal officer who asked
 * @param reason why they ask
 * @param requestedAt when they asked
 * @param state where the request stands
 * @param decidedBy user name of the custodian who decided, null while pending
 * @param decisionReason the custodian's reason, null while pending
 * @param withholdNotice whether the reporter is not to be told
 * @param legalBasis the legal reason for not telling the reporter, null unless withheld
 * @param decidedAt when the custodian decided, null while pending
 * @param readableUntil end of the read window, null unless approved
 */
public record Disclosure(String id, String caseId, String pseudonym, String requestedBy, String reason,
		Instant requestedAt, DisclosureState state, String decidedBy, String decisionReason, boolean withholdNotice,
		String legalBasis, Instant decidedAt, Instant readableUntil) {

	/**
	 * A new request.
	 * @param id the request id
	 * @param caseId the case
	 * @param pseudonym the pseudonym
	 * @param officer who asks
	 * @param reason why
	 * @param now when
	 * @return the pending request
	 * @throws DisclosureException when the officer is not a legal officer
	 */
	public static Disclosure request(String id, String caseId, String pseudonym, StaffUser officer, String reason,
			Instant now) {
		if (!officer.has(StaffRole.LEGAL_OFFICER)) {
			throw DisclosureException.forbidden("Only a legal officer may ask to disclose an identity",
					"เฉพาะนิติกรเท่านั้นที่ขอเปิดเผยตัวตนผู้แจ้งได้");
		}
		return new Disclosure(id, caseId, pseudonym, officer.username(), reason, now, DisclosureState.PENDING, null,
				null, false, null, null, null);
	}

	/**
	 * The custodian's decision.
	 * @param custodian who decides
	 * @param approve approve or deny
	 * @param decisionReason why
	 * @param withhold whether the reporter is not to be told (approval only)
	 * @param basis the legal basis for withholding
	 * @param now when
	 * @param window how long the requester may read after approval
	 * @return the decided request
	 * @throws DisclosureException when the rules forbid this decision
	 */
	public Disclosure decide(StaffUser custodian, boolean approve, String decisionReason, boolean withhold,
			String basis, Instant now, Duration window) {
		if (!custodian.has(StaffRole.CUSTODIAN)) {
			throw DisclosureException.forbidden("Only a custodian may decide on a disclosure",
					"เฉพาะผู้ดูแลข้อมูลตัวตนเท่านั้นที่อนุมัติหรือปฏิเสธการเปิดเผยได้");
		}
		if (custodian.username().equals(this.requestedBy)) {
			throw DisclosureException.forbidden("The custodian who decides must not be the one who asked",
					"ผู้อนุมัติต้องไม่ใช่ผู้ขอเปิดเผยตัวตน");
		}
		if (this.state != DisclosureState.PENDING) {
			throw DisclosureException.conflict("The request was already decided", "คำขอนี้ได้รับการพิจารณาแล้ว");
		}
		if (approve) {
			return new Disclosure(this.id, this.caseId, this.pseudonym, this.requestedBy, this.reason, this.requestedAt,
					DisclosureState.APPROVED, custodian.username(), decisionReason, withhold, withhold ? basis : null,
					now, now.plus(window));
		}
		return new Disclosure(this.id, this.caseId, this.pseudonym, this.requestedBy, this.reason, this.requestedAt,
				DisclosureState.DENIED, custodian.username(), decisionReason, false, null, now, null);
	}

	/**
	 * Checks that a user may read the identity now.
	 * @param user who wants to read
	 * @param now when
	 * @throws DisclosureException when they may not
	 */
	public void checkRead(StaffUser user, Instant now) {
		if (!user.username().equals(this.requestedBy) || !user.has(StaffRole.LEGAL_OFFICER)) {
			throw DisclosureException.forbidden("Only the legal officer who asked may read this identity",
					"เฉพาะนิติกรผู้ยื่นคำขอเท่านั้นที่ดูตัวตนผู้แจ้งได้");
		}
		if (this.state == DisclosureState.PENDING) {
			throw DisclosureException.forbidden("No custodian has approved the request yet",
					"คำขอยังไม่ได้รับการอนุมัติจากผู้ดูแลข้อมูลตัวตน");
		}
		if (this.state == DisclosureState.DENIED) {
			throw DisclosureException.forbidden("The custodian denied the request", "ผู้ดูแลข้อมูลตัวตนปฏิเสธคำขอนี้");
		}
		if (!now.isBefore(this.readableUntil)) {
			throw DisclosureException.forbidden("The read window of this request has closed",
					"พ้นระยะเวลาที่อนุญาตให้ดูตัวตนผู้แจ้งแล้ว");
		}
	}

}
