package org.sujarit.platform.runtime.staff;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.security.converter.RsaKeyConverters;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.web.client.RestTemplate;

/**
 * Builds the decoder that checks staff access tokens: an RS256 signature by the
 * provider's key (its JWK set, or a configured public key), the configured issuer, an
 * expiry that has not passed (tokens without one are refused), the staff APIs' audience,
 * and that it is an access token: ID tokens (Keycloak's {@code typ: ID}) and refresh or
 * logout tokens are refused whatever their signature.
 */
public final class StaffTokenDecoder {

	private static final Duration JWK_SET_TIMEOUT = Duration.ofSeconds(5);

	private StaffTokenDecoder() {
	}

	/**
	 * A decoder for the given settings.
	 * @param properties the settings
	 * @return the decoder
	 */
	public static JwtDecoder create(StaffProperties properties) {
		NimbusJwtDecoder decoder = (properties.publicKeyLocation() != null)
				? NimbusJwtDecoder.withPublicKey(publicKey(properties)).build()
				: NimbusJwtDecoder.withJwkSetUri(properties.jwkSetUri()).restOperations(jwkSetClient()).build();
		decoder.setJwtValidator(validator(properties));
		return decoder;
	}

	static OAuth2TokenValidator<Jwt> validator(StaffProperties properties) {
		List<OAuth2TokenValidator<Jwt>> validators = new ArrayList<>();
		validators.add(JwtValidators.createDefaultWithIssuer(properties.issuer()));
		validators.add(new JwtClaimValidator<Instant>(JwtClaimNames.EXP, Objects::nonNull));
		String audience = properties.audience();
		validators.add(new JwtClaimValidator<List<String>>(JwtClaimNames.AUD,
				(audiences) -> audiences != null && audiences.contains(audience)));
		validators.add(StaffTokenDecoder::accessTokenOnly);
		return new DelegatingOAuth2TokenValidator<>(validators);
	}

	// Keycloak names the kind of token in a typ claim (Bearer, ID, Refresh); the default
	// validators already require the JOSE header typ JWT, which refuses logout tokens
	private static OAuth2TokenValidatorResult accessTokenOnly(Jwt jwt) {
		Object claim = jwt.getClaims().get("typ");
		return (claim == null || "Bearer".equalsIgnoreCase(claim.toString())) ? OAuth2TokenValidatorResult.success()
				: OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token", "Not an access token", null));
	}

	private static RSAPublicKey publicKey(StaffProperties properties) {
		try (InputStream pem = properties.publicKeyLocation().getInputStream()) {
			return RsaKeyConverters.x509().convert(pem);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(
					"Cannot read the staff token public key at " + properties.publicKeyLocation(), ex);
		}
	}

	// a provider that hangs must not hang every staff request with it
	private static RestTemplate jwkSetClient() {
		SimpleClientHttpRequestFactory requests = new SimpleClientHttpRequestFactory();
		requests.setConnectTimeout(JWK_SET_TIMEOUT);
		requests.setReadTimeout(JWK_SET_TIMEOUT);
		return new RestTemplate(requests);
	}

}
