package org.sujarit.signin;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.sujarit.signin.SignInProperties.Account;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The configured members of staff: who may sign in, with which password, and what their
 * tokens say about them (name, unit, roles). Looked up again for every token, so a
 * refreshed token carries the current roles.
 */
class StaffDirectory implements UserDetailsService {

	private final Map<String, Account> accounts = new LinkedHashMap<>();

	private final Map<String, String> passwords = new LinkedHashMap<>();

	StaffDirectory(SignInProperties properties, PasswordEncoder encoder) {
		// one hash for the shared demo password, not one per user (start time)
		String demoPassword = encoded(properties.demoPassword(), encoder);
		for (Account account : properties.users()) {
			if (this.accounts.putIfAbsent(account.username(), account) != null) {
				throw new IllegalStateException("The user " + account.username() + " is configured twice");
			}
			this.passwords.put(account.username(),
					(account.password() != null) ? encoded(account.password(), encoder) : demoPassword);
		}
	}

	Optional<Account> find(String username) {
		return Optional.ofNullable(this.accounts.get(username));
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		Account account = this.accounts.get(username);
		if (account == null) {
			throw new UsernameNotFoundException("No such user");
		}
		return User.withUsername(account.username())
			.password(this.passwords.get(username))
			.roles(account.roles().toArray(String[]::new))
			.build();
	}

	static String encoded(String password, PasswordEncoder encoder) {
		return password.startsWith("{") ? password : encoder.encode(password);
	}

}
