package org.sujarit.platform.runtime.staff;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which signed tokens of the right issuer a staff API still refuses: only access tokens
 * meant for the staff APIs are bearer tokens.
 */
class StaffTokenDecoderTests {

	private static final String ISSUER = "http://localhost:9000";

	private final OAuth2TokenValidator<Jwt> validator = StaffTokenDecoder
		.validator(new StaffProperties(true, ISSUER, ISSUER + "/oauth2/jwks", null, null, List.of()));

	@Test
	void anAccessTokenForTheStaffApisPasses() {
		assertThat(this.validator.validate(token("JWT", null, List.of("sujarit-cli", "sujarit-staff-api"))).getErrors())
			.isEmpty();
		assertThat(this.validator.validate(token("JWT", "Bearer", List.of("sujarit-staff-api"))).getErrors()).isEmpty();
	}

	@Test
	void anIdTokenIsRefusedEvenWithTheStaffAudience() {
		// the provider's ID tokens are for the client only
		assertThat(this.validator.validate(token("JWT", null, List.of("sujarit-console"))).hasErrors()).isTrue();
		// Keycloak says what a token is in its typ claim
		assertThat(this.validator.validate(token("JWT", "ID", List.of("sujarit-staff-api"))).hasErrors()).isTrue();
		assertThat(this.validator.validate(token("JWT", "Refresh", List.of("sujarit-staff-api"))).hasErrors()).isTrue();
		assertThat(this.validator.validate(token("logout+jwt", null, List.of("sujarit-staff-api"))).hasErrors())
			.isTrue();
	}

	@Test
	void theAudienceIsAlwaysCheckedEvenWhenNotConfigured() {
		assertThat(new StaffProperties(true, ISSUER, ISSUER, null, " ", List.of()).audience())
			.isEqualTo(StaffProperties.STAFF_API_AUDIENCE);
		assertThat(this.validator.validate(token("JWT", null, null)).hasErrors()).isTrue();
	}

	private static Jwt token(String headerType, String typClaim, List<String> audience) {
		Instant now = Instant.now();
		Jwt.Builder builder = Jwt.withTokenValue("token")
			.header("alg", "RS256")
			.header("typ", headerType)
			.issuer(ISSUER)
			.subject("legal")
			.issuedAt(now)
			.expiresAt(now.plusSeconds(300));
		if (audience != null) {
			builder.audience(audience);
		}
		if (typClaim != null) {
			builder.claim("typ", typClaim);
		}
		return builder.build();
	}

}
