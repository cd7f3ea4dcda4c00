package org.sujarit.signin;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2ClientAuthenticationToken;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;

import static org.assertj.core.api.Assertions.assertThat;

class DeviceClientAuthenticationTests {

	private final DeviceClientAuthentication.Converter converter = new DeviceClientAuthentication.Converter(
			"/oauth2/device_authorization");

	private final RegisteredClient deviceClient = RegisteredClient.withId("1")
		.clientId("sujarit-cli")
		.clientAuthenticationMethod(ClientAuthenticationMethod.NONE)
		.authorizationGrantType(AuthorizationGrantType.DEVICE_CODE)
		.build();

	// a public client of the authorization code grant: PKCE must stay its only way in
	private final RegisteredClient publicCodeClient = RegisteredClient.withId("2")
		.clientId("spa")
		.clientAuthenticationMethod(ClientAuthenticationMethod.NONE)
		.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
		.authorizationGrantType(AuthorizationGrantType.DEVICE_CODE)
		.redirectUri("http://localhost/callback")
		.build();

	private final DeviceClientAuthentication.Provider provider = new DeviceClientAuthentication.Provider(
			new InMemoryRegisteredClientRepository(this.deviceClient, this.publicCodeClient));

	@Test
	void authenticatesThePublicDeviceClientOnBothDeviceRequests() {
		Authentication authorization = this.converter.convert(deviceAuthorization("sujarit-cli"));
		Authentication token = this.converter.convert(deviceCodeToken("sujarit-cli"));

		for (Authentication request : new Authentication[] { authorization, token }) {
			Authentication result = this.provider.authenticate(request);
			assertThat(result).isNotNull();
			assertThat(result.isAuthenticated()).isTrue();
			assertThat(((OAuth2ClientAuthenticationToken) result).getRegisteredClient().getClientId())
				.isEqualTo("sujarit-cli");
		}
	}

	@Test
	void leavesEveryOtherClientAndRequestToTheServersOwnRules() {
		assertThat(this.provider.authenticate(this.converter.convert(deviceCodeToken("spa")))).isNull();
		assertThat(this.provider.authenticate(this.converter.convert(deviceCodeToken("unknown")))).isNull();

		MockHttpServletRequest withSecret = deviceCodeToken("sujarit-console");
		withSecret.addParameter("client_secret", "secret");
		assertThat(this.converter.convert(withSecret)).isNull();
		MockHttpServletRequest withBasic = deviceCodeToken("sujarit-console");
		withBasic.addHeader("Authorization", "Basic c2VjcmV0");
		assertThat(this.converter.convert(withBasic)).isNull();
		MockHttpServletRequest codeGrant = new MockHttpServletRequest("POST", "/oauth2/token");
		codeGrant.addParameter("grant_type", "authorization_code");
		codeGrant.addParameter("code", "abc");
		codeGrant.addParameter("client_id", "spa");
		assertThat(this.converter.convert(codeGrant)).isNull();
	}

	private static MockHttpServletRequest deviceAuthorization(String clientId) {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/oauth2/device_authorization");
		request.addParameter("client_id", clientId);
		return request;
	}

	private static MockHttpServletRequest deviceCodeToken(String clientId) {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/oauth2/token");
		request.addParameter("grant_type", AuthorizationGrantType.DEVICE_CODE.getValue());
		request.addParameter("device_code", "code");
		request.addParameter("client_id", clientId);
		return request;
	}

}
