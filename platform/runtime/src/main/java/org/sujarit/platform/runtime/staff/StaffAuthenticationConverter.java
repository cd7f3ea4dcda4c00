package org.sujarit.platform.runtime.staff;

import java.util.List;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Turns a verified access token into the signed-in user: the user name as the principal
 * name (so {@code Principal.getName()} is what staff type to sign in, not an opaque
 * subject id), and one {@code ROLE_} authority per known {@link StaffRole}.
 */
public class StaffAuthenticationConverter implements Converter<Jwt, AbstractAuthenticationToken> {

	@Override
	public AbstractAuthenticationToken convert(Jwt jwt) {
		StaffUser user;
		try {
			user = StaffUser.fromClaims(jwt.getClaims());
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidBearerTokenException("The access token names no user");
		}
		List<GrantedAuthority> authorities = user.roles()
			.stream()
			.map((role) -> (GrantedAuthority) new SimpleGrantedAuthority(role.authority()))
			.toList();
		return new JwtAuthenticationToken(jwt, authorities, user.username());
	}

}
