package org.sujarit.platform.runtime.staff;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.io.Resource;
import org.springframework.validation.annotation.Validated;

/**
 * How a service with a staff API checks its callers' access tokens. The defaults point at
 * the embedded default's sign-in service ({@code staff-sign-in} on port 9000); production
 * points them at its OpenID Connect provider, such as Keycloak's realm.
 *
 * @param enabled whether the service has a staff API at all; {@code false} turns the
 * whole staff security off (for an application that only shares the classpath)
 * @param issuer the exact {@code iss} every token must carry, such as
 * {@code http://localhost:8180/realms/sujarit}
 * @param jwkSetUri where the provider publishes its signing keys; fetched on the first
 * token, not at start, so a service starts while its provider is still starting
 * @param publicKeyLocation an RSA public key (X.509 PEM) to check signatures with instead
 * of the JWK set, such as {@code file:/run/secrets/staff.pem}; tests use it
 * @param audience what every access token's {@code aud} must contain
 * ({@value #STAFF_API_AUDIENCE} by default); the provider adds it to access tokens only,
 * so an ID token, whose audience is the client, is never taken as a bearer token
 * @param openPaths further paths (Spring path patterns) anyone may call, on top of
 * health, Prometheus, info, the OpenAPI document and the error page
 */
@Validated
@ConfigurationProperties("sujarit.staff")
public record StaffProperties(@DefaultValue("true") boolean enabled,
		@DefaultValue("http://localhost:9000") @NotBlank String issuer,
		@DefaultValue("http://localhost:9000/oauth2/jwks") @NotBlank String jwkSetUri, Resource publicKeyLocation,
		@DefaultValue(STAFF_API_AUDIENCE) @NotBlank String audience, @DefaultValue @NotNull List<String> openPaths) {

	/** The audience the staff APIs expect by default. */
	public static final String STAFF_API_AUDIENCE = "sujarit-staff-api";

	public StaffProperties {
		// never unchecked: without an audience an ID token would pass as an access token
		audience = (audience == null || audience.isBlank()) ? STAFF_API_AUDIENCE : audience;
	}

	/**
	 * Paths every staff service leaves open: probes, metrics, API description, errors.
	 */
	public static final List<String> ALWAYS_OPEN = List.of("/actuator/health", "/actuator/health/**",
			"/actuator/prometheus", "/actuator/info", "/v3/api-docs", "/v3/api-docs/**", "/error");

}
