package org.sujarit.platform.runtime.staff;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class StaffUserTests {

	@Test
	void readsUserNameNameUnitAndRolesFromTheClaims() {
		StaffUser user = StaffUser.fromClaims(Map.of("sub", "5f1c0a2e-opaque-id", "preferred_username", "officer.works",
				"name", "Somsak Jaidee", "unit", "PUBLIC_WORKS", "roles", List.of("OFFICER", "UNIT_HEAD")));

		assertThat(user.username()).isEqualTo("officer.works");
		assertThat(user.displayName()).isEqualTo("Somsak Jaidee");
		assertThat(user.unit()).isEqualTo("PUBLIC_WORKS");
		assertThat(user.roles()).containsExactly(StaffRole.OFFICER, StaffRole.UNIT_HEAD);
		assertThat(user.has(StaffRole.OFFICER)).isTrue();
		assertThat(user.has(StaffRole.SUPERVISOR)).isFalse();
		assertThat(user.hasAny(StaffRole.SUPERVISOR, StaffRole.UNIT_HEAD)).isTrue();
		assertThat(user.hasAny(StaffRole.SUPERVISOR, StaffRole.AUDITOR)).isFalse();
		assertThat(user.hasAny()).isFalse();
	}

	@Test
	void fallsBackToTheSubjectAndUsesTheUserNameAsDisplayName() {
		StaffUser user = StaffUser.fromClaims(Map.of("sub", "auditor", "roles", List.of("AUDITOR")));

		assertThat(user.username()).isEqualTo("auditor");
		assertThat(user.displayName()).isEqualTo("auditor");
		assertThat(user.unit()).isNull();
		assertThat(user.roles()).containsExactly(StaffRole.AUDITOR);
	}

	@Test
	void ignoresRoleNamesItDoesNotKnowAndReadsNamesInAnyCase() {
		// what Keycloak's realm role mapper sends next to the realm's own roles
		StaffUser user = StaffUser.fromClaims(Map.of("preferred_username", "legal", "roles",
				List.of("default-roles-sujarit", "offline_access", "uma_authorization", "legal_officer", "MAYOR", 42)));

		assertThat(user.roles()).containsExactly(StaffRole.LEGAL_OFFICER);
	}

	@Test
	void readsOneElementListsAndSingleStringsAsProvidersSendThem() {
		StaffUser user = StaffUser
			.fromClaims(Map.of("preferred_username", "legal", "unit", List.of("LEGAL"), "roles", "LEGAL_OFFICER"));

		assertThat(user.unit()).isEqualTo("LEGAL");
		assertThat(user.roles()).containsExactly(StaffRole.LEGAL_OFFICER);
	}

	@Test
	void aUserWithoutRolesOrUnitHasNone() {
		Map<String, Object> claims = new LinkedHashMap<>();
		claims.put("preferred_username", "nobody");
		claims.put("unit", " ");
		claims.put("roles", null);

		StaffUser user = StaffUser.fromClaims(claims);

		assertThat(user.unit()).isNull();
		assertThat(user.roles()).isEmpty();
		assertThat(user.hasAny(StaffRole.values())).isFalse();
	}

	@Test
	void ambiguousUnitsCountAsNoUnit() {
		StaffUser user = StaffUser
			.fromClaims(Map.of("preferred_username", "two.units", "unit", List.of("LEGAL", "FINANCE")));

		assertThat(user.unit()).isNull();
	}

	@Test
	void refusesClaimsThatNameNoUser() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> StaffUser.fromClaims(Map.of("roles", List.of("OFFICER"))));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> StaffUser.fromClaims(Map.of("preferred_username", "  ", "sub", "")));
	}

	@Test
	void rolesCannotBeChangedAfterwards() {
		EnumSet<StaffRole> roles = EnumSet.of(StaffRole.OFFICER);
		StaffUser user = new StaffUser("officer", null, "FINANCE", roles);
		roles.add(StaffRole.ADMINISTRATOR);

		assertThat(user.roles()).containsExactly(StaffRole.OFFICER);
		assertThat(user.has(StaffRole.ADMINISTRATOR)).isFalse();
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> user.roles().add(StaffRole.SUPERVISOR))
			.isInstanceOf(UnsupportedOperationException.class);
	}

	@Test
	void authorityIsTheSpringRoleName() {
		assertThat(StaffRole.LEGAL_OFFICER.authority()).isEqualTo("ROLE_LEGAL_OFFICER");
	}

}
