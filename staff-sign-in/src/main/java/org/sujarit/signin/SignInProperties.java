package org.sujarit.signin;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The sign-in service's settings.
 *
 * @param issuer the issuer, in every token's {@code iss}; the staff APIs are configured
 * with the same value
 * @param signingKey the JWK set file holding the RSA key tokens are signed with; made on
 * the first start, so tokens stay valid across restarts
 * @param accessTokenLifetime how long an access token is valid
 * @param refreshTokenLifetime how long the staff console's refresh token is valid
 * @param demoPassword the password of every user who has none of their own
 * @param users who may sign in
 * @param console the staff console's client registration
 * @param staffApiAudience the audience added to every access token (not to ID tokens),
 * which the staff APIs require ({@code sujarit.staff.audience})
 */
@Validated
@ConfigurationProperties("sujarit.signin")
public record SignInProperties(@DefaultValue("http://localhost:9000") @NotBlank String issuer,
		@DefaultValue("./data/keys/staff-sign-in-jwk.json") @NotNull Path signingKey,
		@DefaultValue("1h") @NotNull Duration accessTokenLifetime,
		@DefaultValue("8h") @NotNull Duration refreshTokenLifetime,
		@DefaultValue("sujarit") @NotBlank String demoPassword, @NotEmpty List<@Valid Account> users,
		@DefaultValue @Valid Console console, @DefaultValue("sujarit-staff-api") @NotBlank String staffApiAudience) {

	@Override
	public String toString() {
		return "SignInProperties[issuer=" + this.issuer + ", signingKey=" + this.signingKey + ", users="
				+ this.users.size() + "]";
	}

	/**
	 * One member of staff.
	 *
	 * @param username what they sign in with
	 * @param name the name shown, in the {@code name} claim
	 * @param unit the unit code ({@code LEGAL}, {@code PUBLIC_WORKS} ...), none for staff
	 * who belong to no unit
	 * @param roles role names (the platform's {@code StaffRole} names)
	 * @param password their own password, plain or encoded with an id prefix such as
	 * {@code {bcrypt}}; the demo password when not set
	 */
	public record Account(@NotBlank @Pattern(regexp = "[a-z0-9._-]+") String username, String name, String unit,
			@NotEmpty List<@Pattern(regexp = "[A-Z_]+") String> roles, String password) {

		@Override
		public String toString() {
			return "Account[username=" + this.username + ", unit=" + this.unit + ", roles=" + this.roles + "]";
		}

	}

	/**
	 * The staff console, a confidential client using the authorization code grant with
	 * PKCE and refresh tokens.
	 *
	 * @param clientId its client id
	 * @param secret its client secret, plain or encoded with an id prefix
	 * @param redirectUris where it may be sent back to after sign-in
	 * @param postLogoutRedirectUris where it may be sent back to after signing out here
	 */
	public record Console(@DefaultValue("sujarit-console") @NotBlank String clientId,
			@DefaultValue("sujarit-console-secret") @NotBlank String secret,
			@DefaultValue("http://localhost:8081/login/oauth2/code/sujarit") @NotEmpty List<String> redirectUris,
			@DefaultValue("http://localhost:8081/console/signed-out") @NotEmpty List<String> postLogoutRedirectUris) {

		@Override
		public String toString() {
			return "Console[clientId=" + this.clientId + ", redirectUris=" + this.redirectUris + "]";
		}

	}

}
