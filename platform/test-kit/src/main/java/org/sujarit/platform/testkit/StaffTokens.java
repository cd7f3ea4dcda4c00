package org.sujarit.platform.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/**
 * Signs staff access tokens for tests, as the staff OpenID Connect provider would: RS256
 * with a key pair made for this instance, whose public half is written to a temporary PEM
 * file the service under test checks signatures with. Nothing is mocked: the service
 * validates signature, issuer and expiry exactly as in production.
 *
 * <pre class="code">
 * static final StaffTokens TOKENS = new StaffTokens();
 *
 * &#64;DynamicPropertySource
 * static void staffTokens(DynamicPropertyRegistry registry) {
 *     TOKENS.properties().forEach((name, value) -&gt; registry.add(name, () -&gt; value));
 * }
 *
 * request.header("Authorization", TOKENS.bearer("officer.works", "PUBLIC_WORKS", StaffRole.OFFICER));
 * </pre>
 *
 * Roles are taken as {@code Enum<?>} so the kit need not depend on the platform runtime
 * (whose own tests use the kit); pass {@code StaffRole} values, their names go into the
 * {@code roles} claim.
 */
public final class StaffTokens {

	/**
	 * The issuer the embedded default's sign-in service uses, and the platform default.
	 */
	public static final String DEFAULT_ISSUER = "http://localhost:9000";

	private static final Duration LIFETIME = Duration.ofHours(1);

	private final String issuer;

	private final KeyPair keys;

	private final Path publicKeyFile;

	private final String keyId = UUID.randomUUID().toString();

	/**
	 * Tokens of the default issuer, {@value #DEFAULT_ISSUER}.
	 */
	public StaffTokens() {
		this(DEFAULT_ISSUER);
	}

	/**
	 * Tokens of the given issuer.
	 * @param issuer the {@code iss} of every token
	 */
	public StaffTokens(String issuer) {
		this.issuer = issuer;
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(2048);
			this.keys = generator.generateKeyPair();
			this.publicKeyFile = Files.createTempFile("sujarit-staff-tokens-", ".pem");
			this.publicKeyFile.toFile().deleteOnExit();
			Files.writeString(this.publicKeyFile, pem(this.keys.getPublic().getEncoded()), StandardCharsets.US_ASCII);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Where the public key is, for {@code --sujarit.staff.public-key-location=}.
	 * @return a {@code file:} URL
	 */
	public String publicKeyLocation() {
		return this.publicKeyFile.toUri().toString();
	}

	/**
	 * The {@code iss} of every token, for {@code --sujarit.staff.issuer=}.
	 * @return the issuer
	 */
	public String issuer() {
		return this.issuer;
	}

	/**
	 * The settings a service needs to accept these tokens.
	 * @return {@code sujarit.staff.public-key-location} and {@code sujarit.staff.issuer}
	 */
	public Map<String, Object> properties() {
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("sujarit.staff.public-key-location", publicKeyLocation());
		properties.put("sujarit.staff.issuer", issuer());
		return properties;
	}

	/**
	 * An {@code Authorization} header value for a member of staff, valid for an hour.
	 * @param username the {@code preferred_username} (also the {@code sub} and the
	 * {@code name})
	 * @param unit the unit code, or {@code null} for staff of no unit
	 * @param roles their roles ({@code StaffRole} values)
	 * @return {@code Bearer <jwt>}
	 */
	public String bearer(String username, String unit, Enum<?>... roles) {
		return bearer(username, unit, List.of(roles));
	}

	/**
	 * An {@code Authorization} header value for a member of staff, valid for an hour.
	 * @param username the {@code preferred_username} (also the {@code sub} and the
	 * {@code name})
	 * @param unit the unit code, or {@code null} for staff of no unit
	 * @param roles their roles ({@code StaffRole} values)
	 * @return {@code Bearer <jwt>}
	 */
	public String bearer(String username, String unit, Collection<? extends Enum<?>> roles) {
		Map<String, Object> claims = new LinkedHashMap<>();
		claims.put("sub", username);
		claims.put("preferred_username", username);
		claims.put("name", username);
		if (unit != null) {
			claims.put("unit", unit);
		}
		List<String> names = new ArrayList<>();
		roles.forEach((role) -> names.add(role.name()));
		claims.put("roles", names);
		return bearerWithClaims(claims);
	}

	/**
	 * An {@code Authorization} header value with exactly the claims given on top of
	 * {@code iss}, {@code iat}, {@code exp} (an hour from now), {@code jti} and
	 * {@code aud} (the staff APIs' audience), which the given claims may override (an
	 * {@code exp} in the past makes an expired token; a {@code null} value removes the
	 * claim). For tests of what a service refuses.
	 * @param claims the claims; {@code Instant} values are written as seconds
	 * @return {@code Bearer <jwt>}
	 */
	public String bearerWithClaims(Map<String, Object> claims) {
		Instant now = Instant.now();
		Map<String, Object> all = new LinkedHashMap<>();
		all.put("iss", this.issuer);
		all.put("iat", now);
		all.put("exp", now.plus(LIFETIME));
		all.put("jti", UUID.randomUUID().toString());
		// the audience the staff APIs require of access tokens (StaffProperties)
		all.put("aud", List.of("sujarit-staff-api"));
		all.putAll(claims);
		JWTClaimsSet.Builder builder = new JWTClaimsSet.Builder();
		all.forEach((name, value) -> {
			if (value != null) {
				builder.claim(name, (value instanceof Instant instant) ? Date.from(instant) : value);
			}
		});
		SignedJWT jwt = new SignedJWT(
				new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(this.keyId).type(JOSEObjectType.JWT).build(),
				builder.build());
		try {
			jwt.sign(new RSASSASigner((RSAPrivateKey) this.keys.getPrivate()));
		}
		catch (JOSEException ex) {
			throw new IllegalStateException("Could not sign a staff token", ex);
		}
		return "Bearer " + jwt.serialize();
	}

	private static String pem(byte[] der) {
		return "-----BEGIN PUBLIC KEY-----\n"
				+ Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
				+ "\n-----END PUBLIC KEY-----\n";
	}

}
