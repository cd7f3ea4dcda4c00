package org.sujarit.cases.console;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.web.servlet.i18n.FixedLocaleResolver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Signing out of the console hands the ID token to the provider in a form POST, never in
 * a URL.
 */
class ProviderSignOutTests {

	private static final String END_SESSION = "http://localhost:9000/connect/logout";

	@Test
	void theIdTokenTravelsInAFormPostNotInTheRedirect() throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/logout");
		request.setServerPort(8081);
		MockHttpServletResponse response = new MockHttpServletResponse();

		signOut().onLogoutSuccess(request, response, signedIn("the-id-token"));

		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getRedirectedUrl()).isNull();
		assertThat(response.getHeader("Location")).isNull();
		assertThat(response.getHeader("Cache-Control")).isEqualTo("no-store");
		String page = response.getContentAsString();
		assertThat(page).contains("method=\"post\"")
			.contains("action=\"" + END_SESSION + "\"")
			.contains("name=\"id_token_hint\" value=\"the-id-token\"")
			.contains("name=\"client_id\" value=\"sujarit-console\"")
			.contains("value=\"http://localhost:8081/console/signed-out\"")
			.contains("ออกจากระบบให้เสร็จสิ้น")
			.contains("/console/sign-out.js");
	}

	@Test
	void withoutASignedInUserItGoesStraightToTheSignedOutPage() throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/logout");
		request.setServerPort(8081);
		MockHttpServletResponse response = new MockHttpServletResponse();

		signOut().onLogoutSuccess(request, response, null);

		assertThat(response.getRedirectedUrl()).isEqualTo("http://localhost:8081/console/signed-out");
	}

	private static ProviderSignOut signOut() {
		ClientRegistration console = ClientRegistration.withRegistrationId(ConsoleProperties.REGISTRATION)
			.clientId("sujarit-console")
			.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
			.redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
			.authorizationUri("http://localhost:9000/oauth2/authorize")
			.tokenUri("http://localhost:9000/oauth2/token")
			.providerConfigurationMetadata(Map.of("end_session_endpoint", END_SESSION))
			.build();
		ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
		resolver.setPrefix("templates/");
		resolver.setSuffix(".html");
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("console/messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		SpringTemplateEngine templates = new SpringTemplateEngine();
		templates.setTemplateResolver(resolver);
		templates.setTemplateEngineMessageSource(messages);
		return new ProviderSignOut(new InMemoryClientRegistrationRepository(console), templates,
				new FixedLocaleResolver(ConsoleWebConfiguration.THAI));
	}

	private static OAuth2AuthenticationToken signedIn(String idToken) {
		Instant now = Instant.now();
		OidcIdToken token = new OidcIdToken(idToken, now, now.plusSeconds(300),
				Map.of("sub", "clerk", "iss", "http://localhost:9000", "aud", List.of("sujarit-console")));
		DefaultOidcUser user = new DefaultOidcUser(AuthorityUtils.NO_AUTHORITIES, token);
		return new OAuth2AuthenticationToken(user, AuthorityUtils.NO_AUTHORITIES, ConsoleProperties.REGISTRATION);
	}

}
