package org.sujarit.cases.security;

import jakarta.validation.constraints.NotBlank;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The one staff account of the development setup, until staff sign in with OpenID
 * Connect.
 *
 * @param username the user name
 * @param password the password, plain or already encoded with an id prefix such as
 * {@code {bcrypt}...}
 */
@Validated
@ConfigurationProperties("sujarit.cases.staff")
public record StaffProperties(@NotBlank String username, @NotBlank String password) {

	@Override
	public String toString() {
		return "StaffProperties[username=" + this.username + ", password=***]";
	}

}
