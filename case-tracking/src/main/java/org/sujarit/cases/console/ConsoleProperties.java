package org.sujarit.cases.console;

import java.net.URI;

import jakarta.validation.constraints.NotBlank;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The staff console's settings: the OpenID Connect client it signs staff in with and the
 * anonymizer it asks for disclosures. The defaults run against the embedded default's
 * staff-sign-in (port 9000) and anonymizer (port 8082).
 *
 * @param issuer the provider's issuer; the ID token's {@code iss} must be this
 * @param clientId the console's client id at the provider
 * @param clientSecret the console's client secret
 * @param authorizationUri where the browser signs in; empty for staff-sign-in's
 * {@code <issuer>/oauth2/authorize} (Keycloak:
 * {@code <issuer>/protocol/openid-connect/auth})
 * @param tokenUri where codes are exchanged; empty for {@code <issuer>/oauth2/token}
 * @param jwkSetUri the provider's signing keys; empty for {@code <issuer>/oauth2/jwks}
 * @param endSessionUri where signing out of the console also ends the sign-in at the
 * provider (OpenID Connect RP-initiated logout), so the next person at a shared computer
 * must give a password; empty for {@code <issuer>/connect/logout} (Keycloak:
 * {@code <issuer>/protocol/openid-connect/logout})
 * @param anonymizerUrl the anonymizer's base URL, for the disclosure procedure
 * @param secureCookie whether the console's cookies (the session, the language) are
 * marked {@code Secure}, so a browser sends them over HTTPS only: on wherever the console
 * is reached over HTTPS through a proxy that terminates TLS (served over HTTPS by the
 * service itself, the container marks the session cookie anyway); off by default for the
 * embedded default on plain http
 */
@Validated
@ConfigurationProperties("sujarit.console")
public record ConsoleProperties(@DefaultValue("http://localhost:9000") @NotBlank String issuer,
		@DefaultValue("sujarit-console") @NotBlank String clientId,
		@DefaultValue("sujarit-console-secret") @NotBlank String clientSecret, String authorizationUri, String tokenUri,
		String jwkSetUri, String endSessionUri, @DefaultValue("http://localhost:8082") @NotBlank String anonymizerUrl,
		@DefaultValue("false") boolean secureCookie) {

	/** The registration id, in the redirect URI {@code /login/oauth2/code/sujarit}. */
	public static final String REGISTRATION = "sujarit";

	String authorization() {
		return orDefault(this.authorizationUri, "/oauth2/authorize");
	}

	String token() {
		return orDefault(this.tokenUri, "/oauth2/token");
	}

	String jwks() {
		return orDefault(this.jwkSetUri, "/oauth2/jwks");
	}

	String endSession() {
		return orDefault(this.endSessionUri, "/connect/logout");
	}

	/**
	 * The provider's origin, allowed as a form target by the pages' content security
	 * policy (a form posted after the session ended is sent on to sign in).
	 * @return such as {@code http://localhost:9000}
	 */
	String providerOrigin() {
		URI uri = URI.create(authorization());
		return uri.getScheme() + "://" + uri.getAuthority();
	}

	private String orDefault(String value, String path) {
		if (value != null && !value.isBlank()) {
			return value;
		}
		String base = this.issuer.endsWith("/") ? this.issuer.substring(0, this.issuer.length() - 1) : this.issuer;
		return base + path;
	}

	@Override
	public String toString() {
		return "ConsoleProperties[issuer=" + this.issuer + ", clientId=" + this.clientId + ", anonymizerUrl="
				+ this.anonymizerUrl + ", secureCookie=" + this.secureCookie + "]";
	}

}
