package org.sujarit.cases.console;

import java.util.Map;

import org.thymeleaf.ITemplateEngine;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The staff console's sign-in: OpenID Connect authorization code with PKCE at the staff
 * provider (staff-sign-in in the embedded default, Keycloak in docker-compose), then a
 * session for the pages. A filter chain of its own, ahead of the staff API's stateless
 * bearer-token chain (which it leaves as it is), for the console's pages, the sign-in and
 * sign-out endpoints and the stylesheet: session cookie, CSRF tokens in every form, and
 * pages that are never cached, never framed, never leak a case URL as a referrer and load
 * nothing from another origin.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ConsoleProperties.class)
class ConsoleSecurityConfiguration {

	/** Where an unsigned-in visitor is sent: straight to the provider. */
	static final String SIGN_IN = "/oauth2/authorization/" + ConsoleProperties.REGISTRATION;

	/** Where the browser lands after signing out. */
	static final String SIGNED_OUT = "/console/signed-out";

	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE + 10)
	SecurityFilterChain consoleSecurity(HttpSecurity http, ClientRegistrationRepository registrations,
			JwtDecoder staffTokens, ConsoleProperties properties, ITemplateEngine templates, LocaleResolver locales)
			throws Exception {
		DefaultOAuth2AuthorizationRequestResolver requests = new DefaultOAuth2AuthorizationRequestResolver(
				registrations, "/oauth2/authorization");
		// the provider requires PKCE of the console, confidential client or not
		requests.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
		String policy = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; object-src 'none'; "
				+ "base-uri 'none'; frame-ancestors 'none'; form-action 'self' " + properties.providerOrigin();
		return http.securityMatcher("/console", "/console/**", "/login/**", "/oauth2/**", "/logout")
			.authorizeHttpRequests(
					(authorize) -> authorize.requestMatchers("/console/console.css", "/console/sign-out.js", SIGNED_OUT)
						.permitAll()
						.anyRequest()
						.authenticated())
			.oauth2Login((login) -> login.loginPage(SIGN_IN)
				.authorizationEndpoint((endpoint) -> endpoint.authorizationRequestResolver(requests))
				.userInfoEndpoint((userInfo) -> userInfo.oidcUserService(new ConsoleUserService(staffTokens)))
				.defaultSuccessUrl("/console", false)
				.failureUrl(SIGNED_OUT + "?failed"))
			.logout((logout) -> logout.logoutUrl("/logout")
				.logoutSuccessHandler(new ProviderSignOut(registrations, templates, locales)))
			.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(policy))
				.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.NO_REFERRER))
				.frameOptions((frames) -> frames.deny()))
			.build();
	}

	@Bean
	ClientRegistrationRepository consoleClientRegistrations(ConsoleProperties properties) {
		ClientRegistration console = ClientRegistration.withRegistrationId(ConsoleProperties.REGISTRATION)
			.clientId(properties.clientId())
			.clientSecret(properties.clientSecret())
			.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
			.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
			.redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
			.scope("openid", "profile")
			.issuerUri(properties.issuer())
			.authorizationUri(properties.authorization())
			.tokenUri(properties.token())
			.jwkSetUri(properties.jwks())
			.providerConfigurationMetadata(Map.of("end_session_endpoint", properties.endSession()))
			.userNameAttributeName("sub")
			.clientName("Sujarit staff console")
			.build();
		return new InMemoryClientRegistrationRepository(console);
	}

	@Bean
	OAuth2AuthorizedClientRepository consoleAuthorizedClients() {
		return new HttpSessionOAuth2AuthorizedClientRepository();
	}

	/**
	 * Gives the console the signed-in user's access token for calls to the anonymizer,
	 * refreshed with the refresh token when it has expired.
	 * @param registrations the client registration
	 * @param clients the session's authorized clients
	 * @return the manager
	 */
	@Bean
	OAuth2AuthorizedClientManager consoleAuthorizedClientManager(ClientRegistrationRepository registrations,
			OAuth2AuthorizedClientRepository clients) {
		DefaultOAuth2AuthorizedClientManager manager = new DefaultOAuth2AuthorizedClientManager(registrations, clients);
		manager.setAuthorizedClientProvider(
				OAuth2AuthorizedClientProviderBuilder.builder().authorizationCode().refreshToken().build());
		return manager;
	}

}
