package org.sujarit.cases.console;

import org.sujarit.platform.runtime.staff.StaffUser;

import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

/**
 * Signs a member of staff in to the console once the provider has answered: the ID token
 * is checked as OpenID Connect asks, then the access token is checked by the staff API's
 * own decoder (signature, issuer, expiry, audience) and its claims make the
 * {@link StaffUser}, exactly as for an API call.
 */
class ConsoleUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {

	private final OidcUserService oidc = new OidcUserService();

	private final JwtDecoder accessTokens;

	ConsoleUserService(JwtDecoder accessTokens) {
		this.accessTokens = accessTokens;
	}

	@Override
	public OidcUser loadUser(OidcUserRequest request) {
		OidcUser user = this.oidc.loadUser(request);
		StaffUser staff;
		try {
			Jwt access = this.accessTokens.decode(request.getAccessToken().getTokenValue());
			staff = StaffUser.fromClaims(access.getClaims());
		}
		catch (JwtException | IllegalArgumentException ex) {
			throw new OAuth2AuthenticationException(new OAuth2Error("invalid_token",
					"The provider's access token is not one the staff API accepts", null), ex);
		}
		return new ConsoleUser(user.getIdToken(), user.getUserInfo(), staff);
	}

}
