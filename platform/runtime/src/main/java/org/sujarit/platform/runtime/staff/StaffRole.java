package org.sujarit.platform.runtime.staff;

/**
 * What a member of staff may do, as the OpenID Connect provider states it in the
 * {@code roles} claim of their access token. A user may hold several roles. Which
 * endpoint each role may call is decided by the service that owns the endpoint; these
 * descriptions are the rules it follows.
 */
public enum StaffRole {

	/**
	 * Records complaints received off-line (telephone, letter, walk-in, comment box, the
	 * Damrongtham centre) with the date they were actually received; does not work cases.
	 */
	INTAKE_CLERK,

	/**
	 * Works the cases of their own unit (acknowledge, note, answer, extend, resolve);
	 * never sees another unit's cases or any corruption case.
	 */
	OFFICER,

	/**
	 * An officer of the legal unit: works corruption and misconduct cases, and
	 * whistleblower reports under their pseudonym.
	 */
	LEGAL_OFFICER,

	/**
	 * Heads a unit: sees and assigns all of the unit's cases, receives its reminders and
	 * daily digest, reassigns with a reason.
	 */
	UNIT_HEAD,

	/**
	 * Sees every unit's cases, receives escalations at breach, reassigns across units and
	 * reopens closed cases.
	 */
	SUPERVISOR,

	/**
	 * Decides on requests to disclose a whistleblower's identity; the anonymizer releases
	 * an identity only on such a recorded decision. Works no cases.
	 */
	CUSTODIAN,

	/** Reads every case and its audit trail, changes nothing. */
	AUDITOR,

	/**
	 * Maintains the routing table and the SLA policy (deadlines, calendars, reminder
	 * thresholds); works no cases.
	 */
	ADMINISTRATOR;

	/**
	 * The Spring Security authority of this role, for
	 * {@code hasRole}/{@code hasAuthority} rules.
	 * @return such as {@code ROLE_OFFICER}
	 */
	public String authority() {
		return "ROLE_" + name();
	}

}
