package org.sujarit.platform.runtime.staff;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The signed-in member of staff, as their access token describes them. Controllers get it
 * by declaring a parameter of this type.
 * <p>
 * Built from the token's claims: {@code preferred_username} (else {@code sub}),
 * {@code name}, {@code unit} (a unit code such as {@code LEGAL}, {@code PUBLIC_WORKS},
 * {@code CLERK_OFFICE}; absent for staff who belong to no unit) and {@code roles} (names
 * of {@link StaffRole}s; names this system does not know, such as an identity provider's
 * own default roles, are ignored).
 *
 * @param username the user name, never blank
 * @param displayName the name to show, the user name when the token has none
 * @param unit the unit code, or {@code null} when the user belongs to no unit
 * @param roles the roles, unmodifiable, possibly empty
 */
public record StaffUser(String username, String displayName, String unit, Set<StaffRole> roles) {

	/** Claim of the user name. */
	public static final String USERNAME_CLAIM = "preferred_username";

	/** Claim of the subject, the user name when {@value #USERNAME_CLAIM} is missing. */
	public static final String SUBJECT_CLAIM = "sub";

	/** Claim of the display name. */
	public static final String NAME_CLAIM = "name";

	/** Claim of the unit code. */
	public static final String UNIT_CLAIM = "unit";

	/** Claim of the role names. */
	public static final String ROLES_CLAIM = "roles";

	public StaffUser {
		if (username == null || username.isBlank()) {
			throw new IllegalArgumentException("A staff user needs a user name");
		}
		displayName = (displayName == null || displayName.isBlank()) ? username : displayName;
		unit = (unit == null || unit.isBlank()) ? null : unit;
		roles = (roles == null || roles.isEmpty()) ? Collections.emptySet()
				: Collections.unmodifiableSet(EnumSet.copyOf(roles));
	}

	/**
	 * Reads a user from the claims of a verified token.
	 * @param claims the claims
	 * @return the user
	 * @throws IllegalArgumentException when the claims name no user
	 */
	public static StaffUser fromClaims(Map<String, Object> claims) {
		String username = text(claims.get(USERNAME_CLAIM));
		if (username == null) {
			username = text(claims.get(SUBJECT_CLAIM));
		}
		return new StaffUser(username, text(claims.get(NAME_CLAIM)), text(claims.get(UNIT_CLAIM)),
				roles(claims.get(ROLES_CLAIM)));
	}

	/**
	 * Whether the user has a role.
	 * @param role the role
	 * @return true if so
	 */
	public boolean has(StaffRole role) {
		return this.roles.contains(role);
	}

	/**
	 * Whether the user has at least one of some roles.
	 * @param roles the roles
	 * @return true if the user has any of them
	 */
	public boolean hasAny(StaffRole... roles) {
		for (StaffRole role : roles) {
			if (has(role)) {
				return true;
			}
		}
		return false;
	}

	// a claim some providers send as a one-element list (Keycloak's attribute mappers)
	private static String text(Object claim) {
		Object value = claim;
		if (value instanceof Collection<?> values) {
			value = (values.size() == 1) ? values.iterator().next() : null;
		}
		if (value instanceof String string && !string.isBlank()) {
			return string.strip();
		}
		return null;
	}

	private static Set<StaffRole> roles(Object claim) {
		Set<StaffRole> roles = EnumSet.noneOf(StaffRole.class);
		Collection<?> names = (claim instanceof Collection<?> values) ? values
				: (claim instanceof String single) ? Set.of(single) : Set.of();
		for (Object name : names) {
			if (name instanceof String string) {
				role(string).ifPresent(roles::add);
			}
		}
		return roles;
	}

	private static Optional<StaffRole> role(String name) {
		try {
			return Optional.of(StaffRole.valueOf(name.strip().toUpperCase(Locale.ROOT)));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

}
