package org.sujarit.platform.runtime.staff;

import java.util.Set;

/**
 * The signed-in staff member. Temporary copy of the sign-in contract until the OpenID
 * Connect work lands; identical to it so the merge is trivial.
 *
 * @param username the user name
 * @param displayName the name shown to colleagues
 * @param unit the unit code the staff member works in
 * @param roles the roles
 */
public record StaffUser(String username, String displayName, String unit, Set<StaffRole> roles) {
}
