package org.sujarit.platform.runtime.staff;

/**
 * What a staff member may do. Temporary copy of the sign-in contract until the OpenID
 * Connect work lands; identical to it so the merge is trivial.
 */
public enum StaffRole {

	INTAKE_CLERK, OFFICER, LEGAL_OFFICER, UNIT_HEAD, SUPERVISOR, CUSTODIAN, AUDITOR, ADMINISTRATOR

}
