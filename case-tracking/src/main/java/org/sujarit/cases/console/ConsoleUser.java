package org.sujarit.cases.console;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.sujarit.platform.runtime.staff.StaffRole;
import org.sujarit.platform.runtime.staff.StaffUser;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;

/**
 * A member of staff signed in to the console. Who they are for the access rules (user
 * name, unit, roles) comes from the claims of their verified access token, the same
 * claims the staff API reads, so a page never shows what the API would refuse. Only those
 * claims are kept (as plain strings and lists: the session may be serialized).
 */
public class ConsoleUser extends DefaultOidcUser {

	private static final long serialVersionUID = 1L;

	private final HashMap<String, Object> staffClaims;

	/**
	 * A signed-in user.
	 * @param idToken the ID token
	 * @param userInfo the user info, may be null
	 * @param staff who the access token says they are
	 */
	public ConsoleUser(OidcIdToken idToken, OidcUserInfo userInfo, StaffUser staff) {
		super(authorities(staff), idToken, userInfo, StaffUser.SUBJECT_CLAIM);
		this.staffClaims = claims(staff);
	}

	/**
	 * Who the user is for the access rules.
	 * @return the staff user
	 */
	public StaffUser staff() {
		return StaffUser.fromClaims(this.staffClaims);
	}

	@Override
	public String getName() {
		return staff().username();
	}

	private static Collection<GrantedAuthority> authorities(StaffUser staff) {
		List<GrantedAuthority> authorities = new ArrayList<>();
		for (StaffRole role : staff.roles()) {
			authorities.add(new SimpleGrantedAuthority(role.authority()));
		}
		return authorities;
	}

	private static HashMap<String, Object> claims(StaffUser staff) {
		HashMap<String, Object> claims = new HashMap<>();
		claims.put(StaffUser.USERNAME_CLAIM, staff.username());
		claims.put(StaffUser.NAME_CLAIM, staff.displayName());
		if (staff.unit() != null) {
			claims.put(StaffUser.UNIT_CLAIM, staff.unit());
		}
		claims.put(StaffUser.ROLES_CLAIM, new ArrayList<>(staff.roles().stream().map(Enum::name).toList()));
		return claims;
	}

	@Override
	public boolean equals(Object other) {
		return super.equals(other) && other instanceof ConsoleUser user && this.staffClaims.equals(user.staffClaims);
	}

	@Override
	public int hashCode() {
		return super.hashCode() * 31 + this.staffClaims.hashCode();
	}

	/**
	 * The claims of a user for building one from a map, such as in tests.
	 * @param staff the staff user
	 * @return the claims
	 */
	static Map<String, Object> claimsOf(StaffUser staff) {
		return claims(staff);
	}

}
