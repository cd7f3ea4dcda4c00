package org.sujarit.cases.access;

import java.util.Set;

import org.sujarit.cases.routing.Routing;
import org.sujarit.platform.runtime.staff.StaffRole;
import org.sujarit.platform.runtime.staff.StaffUser;
import org.sujarit.platform.runtime.web.ProblemException;

import org.springframework.http.HttpStatus;

/**
 * Who may see and act on which case. Enforced by the services, whatever the URL: a case a
 * staff member may not see answers 404 as if it did not exist, so that neither a
 * corruption case nor another unit's case leaks its existence; a case they may see but
 * not act on in the asked way answers 403.
 * <p>
 * Corruption and whistleblower cases are seen only by the legal unit, supervisors and
 * auditors, wherever the case is routed.
 */
public class CaseAccess {

	/**
	 * What access rules need to know of a case.
	 *
	 * @param unit the unit handling it
	 * @param corruption whether it is on the corruption track (whistleblower report or
	 * corruption category)
	 * @param recordedBy the intake clerk who recorded it, null for online complaints
	 */
	public record Subject(String unit, boolean corruption, String recordedBy) {
	}

	/** What a staff member wants to do with a case they can find. */
	public enum Operation {

		/** Read the case, its history and its evidence. */
		READ,

		/**
		 * Move it through its lifecycle, write notes and public messages, reclassify it.
		 */
		WORK,

		/** Take an unassigned case of one's own unit. */
		CLAIM,

		/** Give the case to an officer. */
		ASSIGN,

		/** Send the case to another unit. */
		REASSIGN,

		/** Take a finished case up again. */
		REOPEN,

		/** Read the full audit trail. */
		AUDIT

	}

	/**
	 * Whether a staff member may know that a case exists at all.
	 * @param user the staff member
	 * @param subject the case
	 * @return true when they may see it
	 */
	public boolean canSee(StaffUser user, Subject subject) {
		if (has(user, StaffRole.SUPERVISOR) || has(user, StaffRole.AUDITOR)) {
			return true;
		}
		if (worksOn(user, subject)) {
			return true;
		}
		return has(user, StaffRole.INTAKE_CLERK) && !subject.corruption() && subject.recordedBy() != null
				&& subject.recordedBy().equals(user.username());
	}

	/**
	 * Whether a staff member may read a case's internal history entries (notes, routing
	 * reasons, assignments, reassignment reasons): those who work the case, supervisors
	 * and auditors. Someone who only reads it, such as the intake clerk who recorded it,
	 * sees its public entries only.
	 * @param user the staff member
	 * @param subject the case
	 * @return true when they may read internal entries
	 */
	public boolean seesInternal(StaffUser user, Subject subject) {
		return may(user, subject, Operation.WORK) || may(user, subject, Operation.AUDIT);
	}

	/**
	 * Whether a staff member may do something with a case.
	 * @param user the staff member
	 * @param subject the case
	 * @param operation what they want to do
	 * @return true when allowed
	 */
	public boolean may(StaffUser user, Subject subject, Operation operation) {
		if (!canSee(user, subject)) {
			return false;
		}
		boolean supervisor = has(user, StaffRole.SUPERVISOR);
		return switch (operation) {
			case READ -> true;
			case AUDIT -> supervisor || has(user, StaffRole.AUDITOR);
			case WORK -> supervisor || worksOn(user, subject);
			case CLAIM ->
				worksOn(user, subject) && (has(user, StaffRole.OFFICER) || has(user, StaffRole.LEGAL_OFFICER));
			case ASSIGN, REASSIGN -> supervisor || (has(user, StaffRole.UNIT_HEAD) && inUnit(user, subject));
			case REOPEN -> supervisor;
		};
	}

	/**
	 * Refuses what a staff member may not do with a case.
	 * @param user the staff member
	 * @param subject the case
	 * @param operation what they want to do
	 * @throws ProblemException 404 when they may not see the case, 403 when they may see
	 * it but not do this
	 */
	public void require(StaffUser user, Subject subject, Operation operation) {
		if (!canSee(user, subject)) {
			throw ProblemException.notFound("The case", "เรื่องนี้");
		}
		if (!may(user, subject, operation)) {
			throw forbidden("Your roles do not allow this on the case",
					"บทบาทของคุณไม่สามารถดำเนินการนี้กับเรื่องนี้ได้");
		}
	}

	/**
	 * Whether a staff member may list a unit's queue.
	 * @param user the staff member
	 * @param unit the unit code
	 * @return true when allowed
	 */
	public boolean mayListQueue(StaffUser user, String unit) {
		if (has(user, StaffRole.SUPERVISOR) || has(user, StaffRole.AUDITOR)) {
			return true;
		}
		if (has(user, StaffRole.LEGAL_OFFICER) && Routing.LEGAL.equals(unit)) {
			return true;
		}
		return (has(user, StaffRole.OFFICER) || has(user, StaffRole.UNIT_HEAD)) && unit.equals(user.unit());
	}

	/**
	 * Refuses a queue a staff member may not list.
	 * @param user the staff member
	 * @param unit the unit code
	 * @throws ProblemException 403 when not allowed
	 */
	public void requireQueue(StaffUser user, String unit) {
		if (!mayListQueue(user, unit)) {
			throw forbidden("You may not list the queue of " + unit, "คุณไม่มีสิทธิ์ดูรายการเรื่องของหน่วยงาน " + unit);
		}
	}

	/**
	 * Whether a queue listing shows this staff member corruption cases: only the legal
	 * unit's queue, or supervisors and auditors.
	 * @param user the staff member
	 * @param unit the queue's unit
	 * @return true when corruption cases are listed
	 */
	public boolean seesCorruptionIn(StaffUser user, String unit) {
		return has(user, StaffRole.SUPERVISOR) || has(user, StaffRole.AUDITOR) || Routing.LEGAL.equals(unit);
	}

	/**
	 * Whether a staff member may record complaints received off line.
	 * @param user the staff member
	 * @return true for intake clerks
	 */
	public boolean mayRecord(StaffUser user) {
		return has(user, StaffRole.INTAKE_CLERK);
	}

	/**
	 * Refuses recording to anyone but intake clerks.
	 * @param user the staff member
	 */
	public void requireRecord(StaffUser user) {
		if (!mayRecord(user)) {
			throw forbidden("Only intake clerks record complaints",
					"เฉพาะเจ้าหน้าที่รับเรื่องเท่านั้นที่บันทึกเรื่องร้องเรียนได้");
		}
	}

	/**
	 * Whether a staff member may read the routing and SLA policy.
	 * @param user the staff member
	 * @return true for administrators, supervisors and auditors
	 */
	public boolean mayReadPolicy(StaffUser user) {
		return has(user, StaffRole.ADMINISTRATOR) || has(user, StaffRole.SUPERVISOR) || has(user, StaffRole.AUDITOR);
	}

	/**
	 * Refuses the policy to others.
	 * @param user the staff member
	 */
	public void requirePolicy(StaffUser user) {
		if (!mayReadPolicy(user)) {
			throw forbidden("Only administrators, supervisors and auditors read the policy",
					"เฉพาะผู้ดูแลระบบ ผู้บังคับบัญชา และผู้ตรวจสอบเท่านั้นที่ดูนโยบายได้");
		}
	}

	/**
	 * Whether a staff member may be given cases of a unit.
	 * @param user the staff member
	 * @param unit the unit code
	 * @return true for officers of the unit (legal officers for the legal unit)
	 */
	public boolean mayBeAssigned(StaffUser user, String unit) {
		return unit.equals(user.unit()) && (has(user, StaffRole.OFFICER) || has(user, StaffRole.LEGAL_OFFICER)
				|| has(user, StaffRole.UNIT_HEAD));
	}

	// works the case as a member of the unit handling it
	private static boolean worksOn(StaffUser user, Subject subject) {
		if (has(user, StaffRole.LEGAL_OFFICER) && Routing.LEGAL.equals(subject.unit())) {
			return true;
		}
		boolean member = (has(user, StaffRole.OFFICER) || has(user, StaffRole.UNIT_HEAD)) && inUnit(user, subject);
		return member && (!subject.corruption() || Routing.LEGAL.equals(subject.unit()));
	}

	private static boolean inUnit(StaffUser user, Subject subject) {
		return subject.unit() != null && subject.unit().equals(user.unit());
	}

	private static boolean has(StaffUser user, StaffRole role) {
		Set<StaffRole> roles = user.roles();
		return roles != null && roles.contains(role);
	}

	private static ProblemException forbidden(String message, String messageTh) {
		return new ProblemException(HttpStatus.FORBIDDEN, "forbidden", message, messageTh, java.util.List.of());
	}

}
