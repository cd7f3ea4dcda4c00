package org.sujarit.platform.testkit;

import java.io.InputStream;
import java.net.URI;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.security.converter.RsaKeyConverters;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class StaffTokensTests {

	private enum Role {

		OFFICER, UNIT_HEAD

	}

	private final StaffTokens tokens = new StaffTokens("https://issuer.test");

	@Test
	void signsTokensThePublishedKeyVerifiesWithTheStaffClaims() throws Exception {
		String bearer = this.tokens.bearer("officer.works", "PUBLIC_WORKS", Role.OFFICER, Role.UNIT_HEAD);

		assertThat(bearer).startsWith("Bearer ");
		Jwt jwt = decoder(this.tokens).decode(bearer.substring("Bearer ".length()));
		assertThat(jwt.getHeaders()).containsEntry("alg", "RS256");
		assertThat(jwt.getClaimAsString("iss")).isEqualTo("https://issuer.test");
		assertThat(jwt.getClaimAsString("preferred_username")).isEqualTo("officer.works");
		assertThat(jwt.getClaimAsString("unit")).isEqualTo("PUBLIC_WORKS");
		assertThat(jwt.getClaimAsStringList("roles")).containsExactly("OFFICER", "UNIT_HEAD");
		assertThat(Duration.between(Instant.now(), jwt.getExpiresAt())).isBetween(Duration.ofMinutes(59),
				Duration.ofMinutes(61));
		assertThat(this.tokens.properties()).containsEntry("sujarit.staff.issuer", "https://issuer.test")
			.containsEntry("sujarit.staff.public-key-location", this.tokens.publicKeyLocation());
	}

	@Test
	void leavesTheUnitOutForStaffOfNoUnit() {
		Jwt jwt = decoder(this.tokens).decode(this.tokens.bearer("auditor", null).substring(7));

		assertThat(jwt.hasClaim("unit")).isFalse();
		assertThat(jwt.getClaimAsStringList("roles")).isEmpty();
	}

	@Test
	void anotherInstanceSignsWithAnotherKey() {
		StaffTokens other = new StaffTokens("https://issuer.test");

		assertThatExceptionOfType(BadJwtException.class)
			.isThrownBy(() -> decoder(this.tokens).decode(other.bearer("legal", "LEGAL").substring(7)));
	}

	@Test
	void givenClaimsOverrideOrRemoveTheDefaults() {
		Instant past = Instant.now().minus(Duration.ofHours(1));
		String token = this.tokens
			.bearerWithClaims(Map.of("sub", "x", "iat", past.minus(Duration.ofHours(1)), "exp", past))
			.substring(7);

		assertThatExceptionOfType(BadJwtException.class).isThrownBy(() -> decoder(this.tokens).decode(token))
			.withMessageContaining("expired");
	}

	private static NimbusJwtDecoder decoder(StaffTokens tokens) {
		try (InputStream pem = URI.create(tokens.publicKeyLocation()).toURL().openStream()) {
			RSAPublicKey key = RsaKeyConverters.x509().convert(pem);
			NimbusJwtDecoder decoder = NimbusJwtDecoder.withPublicKey(key).build();
			decoder.setJwtValidator(JwtValidators.createDefaultWithIssuer(tokens.issuer()));
			return decoder;
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

}
