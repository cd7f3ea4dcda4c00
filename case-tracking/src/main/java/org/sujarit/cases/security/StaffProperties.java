package org.sujarit.cases.security;

import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import org.sujarit.platform.runtime.staff.StaffRole;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The demonstration staff accounts of the development setup (HTTP Basic), until staff
 * sign in with OpenID Connect.
 *
 * @param users the accounts
 */
@Validated
@ConfigurationProperties("sujarit.cases.staff")
public record StaffProperties(@NotEmpty List<@Valid Account> users) {

	/**
	 * One account.
	 *
	 * @param username the user name
	 * @param password the password, plain or already encoded with an id prefix such as
	 * {@code {bcrypt}...}
	 * @param displayName the name shown to colleagues
	 * @param unit the unit code
	 * @param roles the roles
	 */
	public record Account(@NotBlank String username, @NotBlank String password, String displayName,
			@NotBlank String unit, @NotEmpty Set<StaffRole> roles) {

		@Override
		public String toString() {
			return "Account[username=" + this.username + ", password=***, unit=" + this.unit + ", roles=" + this.roles
					+ "]";
		}

	}

}
