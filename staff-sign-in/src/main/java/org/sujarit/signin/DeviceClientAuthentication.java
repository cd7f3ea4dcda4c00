package org.sujarit.signin;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.endpoint.OAuth2ParameterNames;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2ClientAuthenticationToken;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.web.authentication.AuthenticationConverter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Lets a public client (no secret: a command line cannot keep one) use the device
 * authorization grant. Spring Authorization Server authenticates public clients only for
 * the authorization code grant with PKCE; this adds the two device requests, as its
 * reference sample does.
 * <p>
 * Only clients registered for the device grant and not for the authorization code grant
 * are accepted here, so a public authorization code client can never skip PKCE through
 * this path.
 */
final class DeviceClientAuthentication {

	private DeviceClientAuthentication() {
	}

	/**
	 * Reads {@code client_id} from a device authorization request or a device code token
	 * request that carries no other client authentication.
	 */
	static final class Converter implements AuthenticationConverter {

		private final RequestMatcher deviceAuthorizationEndpoint;

		Converter(String deviceAuthorizationEndpoint) {
			this.deviceAuthorizationEndpoint = PathPatternRequestMatcher.withDefaults()
				.matcher(HttpMethod.POST, deviceAuthorizationEndpoint);
		}

		@Override
		public Authentication convert(HttpServletRequest request) {
			// a client that authenticates some other way is left to the other converters
			if (!"POST".equals(request.getMethod()) || request.getHeader("Authorization") != null
					|| request.getParameter(OAuth2ParameterNames.CLIENT_SECRET) != null
					|| request.getParameter(OAuth2ParameterNames.CLIENT_ASSERTION) != null) {
				return null;
			}
			boolean deviceAuthorization = this.deviceAuthorizationEndpoint.matches(request);
			boolean deviceCodeToken = AuthorizationGrantType.DEVICE_CODE.getValue()
				.equals(request.getParameter(OAuth2ParameterNames.GRANT_TYPE))
					&& request.getParameter(OAuth2ParameterNames.DEVICE_CODE) != null;
			if (!deviceAuthorization && !deviceCodeToken) {
				return null;
			}
			String[] clientIds = request.getParameterValues(OAuth2ParameterNames.CLIENT_ID);
			if (clientIds == null) {
				return null;
			}
			if (clientIds.length != 1 || clientIds[0].isBlank()) {
				throw new OAuth2AuthenticationException(OAuth2ErrorCodes.INVALID_REQUEST);
			}
			return new OAuth2ClientAuthenticationToken(clientIds[0], ClientAuthenticationMethod.NONE, null, null);
		}

	}

	/**
	 * Accepts such a request when the client is a registered public device client.
	 */
	static final class Provider implements AuthenticationProvider {

		private final RegisteredClientRepository clients;

		Provider(RegisteredClientRepository clients) {
			this.clients = clients;
		}

		@Override
		public Authentication authenticate(Authentication authentication) {
			OAuth2ClientAuthenticationToken client = (OAuth2ClientAuthenticationToken) authentication;
			if (!ClientAuthenticationMethod.NONE.equals(client.getClientAuthenticationMethod())) {
				return null;
			}
			RegisteredClient registered = this.clients.findByClientId(String.valueOf(client.getPrincipal()));
			if (registered == null || !isPublicDeviceClient(registered)) {
				// not ours: the other providers decide (a public PKCE client, or a
				// refusal)
				return null;
			}
			return new OAuth2ClientAuthenticationToken(registered, ClientAuthenticationMethod.NONE, null);
		}

		@Override
		public boolean supports(Class<?> authentication) {
			return OAuth2ClientAuthenticationToken.class.isAssignableFrom(authentication);
		}

		private static boolean isPublicDeviceClient(RegisteredClient client) {
			return client.getClientAuthenticationMethods().contains(ClientAuthenticationMethod.NONE)
					&& client.getAuthorizationGrantTypes().contains(AuthorizationGrantType.DEVICE_CODE)
					&& !client.getAuthorizationGrantTypes().contains(AuthorizationGrantType.AUTHORIZATION_CODE);
		}

	}

}
