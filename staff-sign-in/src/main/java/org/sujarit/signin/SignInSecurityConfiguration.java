package org.sujarit.signin;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import org.sujarit.signin.SignInProperties.Account;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.OAuth2AuthorizationServerConfiguration;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2ClientAuthenticationToken;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2DeviceVerificationAuthenticationProvider;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationSuccessHandler;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;

/**
 * The OpenID Connect provider: endpoints, clients, users, signing key and the staff
 * claims in the tokens.
 * <p>
 * Two clients: {@code sujarit-console}, the staff console in case-tracking (confidential,
 * authorization code with PKCE, refresh tokens), and {@code sujarit-cli}, a public client
 * for the OAuth 2.0 device authorization grant (RFC 8628), so a terminal (curl) can get a
 * token while the user signs in in a browser. Neither asks for consent: both belong to
 * the municipality.
 */
@Configuration(proxyBeanMethods = false)
class SignInSecurityConfiguration {

	/** Client id of the command-line client. */
	static final String CLI_CLIENT = "sujarit-cli";

	/** Where a user types the code their terminal shows. */
	static final String ACTIVATE_PAGE = "/activate";

	/** Where a user lands once their terminal is signed in. */
	static final String ACTIVATED_PAGE = "/activated";

	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE)
	SecurityFilterChain authorizationServer(HttpSecurity http, RegisteredClientRepository clients,
			AuthorizationServerSettings settings) throws Exception {
		http.oauth2AuthorizationServer((server) -> {
			http.securityMatcher(server.getEndpointsMatcher());
			server.oidc(Customizer.withDefaults())
				.clientAuthentication((clientAuthentication) -> clientAuthentication
					.authenticationConverter(
							new DeviceClientAuthentication.Converter(settings.getDeviceAuthorizationEndpoint()))
					.authenticationProvider(new DeviceClientAuthentication.Provider(clients)))
				.deviceAuthorizationEndpoint((device) -> device.verificationUri(ACTIVATE_PAGE))
				.deviceVerificationEndpoint((verification) -> verification
					.deviceVerificationResponseHandler(new SimpleUrlAuthenticationSuccessHandler(ACTIVATED_PAGE))
					.authenticationProviders(SignInSecurityConfiguration::alwaysConfirmDeviceCodes));
		});
		MediaTypeRequestMatcher browsers = new MediaTypeRequestMatcher(MediaType.TEXT_HTML);
		browsers.setIgnoredMediaTypes(Set.of(MediaType.ALL));
		return http.authorizeHttpRequests((requests) -> requests.anyRequest().authenticated())
			.exceptionHandling((exceptions) -> exceptions
				.defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"), browsers))
			.build();
	}

	/**
	 * Every device code is confirmed on a page that shows it, by a POST that carries the
	 * state generated for that page. Without this, once a user had consented to the
	 * command-line client, merely following a link with someone else's code (sent in a
	 * phishing mail, say) would sign that person's terminal in as the user.
	 * @param providers the device verification endpoint's providers
	 */
	static void alwaysConfirmDeviceCodes(List<AuthenticationProvider> providers) {
		providers.stream()
			.filter(OAuth2DeviceVerificationAuthenticationProvider.class::isInstance)
			.map(OAuth2DeviceVerificationAuthenticationProvider.class::cast)
			.forEach((provider) -> provider.setAuthorizationConsentRequired((context) -> true));
	}

	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE + 1)
	SecurityFilterChain signInForm(HttpSecurity http) throws Exception {
		return http
			.authorizeHttpRequests((requests) -> requests
				.requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/prometheus", "/actuator/info",
						"/error", ACTIVATED_PAGE)
				.permitAll()
				.anyRequest()
				.authenticated())
			.formLogin(Customizer.withDefaults())
			.build();
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	StaffDirectory staffDirectory(SignInProperties properties, PasswordEncoder encoder) {
		return new StaffDirectory(properties, encoder);
	}

	@Bean
	AuthorizationServerSettings authorizationServerSettings(SignInProperties properties) {
		return AuthorizationServerSettings.builder().issuer(properties.issuer()).build();
	}

	@Bean
	JWKSource<SecurityContext> jwkSource(SignInProperties properties) {
		JWKSet keys = SigningKeys.loadOrCreate(properties.signingKey());
		return new ImmutableJWKSet<>(keys);
	}

	@Bean
	JwtDecoder jwtDecoder(JWKSource<SecurityContext> jwkSource) {
		// for the userinfo endpoint, which takes the access tokens issued here
		return OAuth2AuthorizationServerConfiguration.jwtDecoder(jwkSource);
	}

	@Bean
	RegisteredClientRepository registeredClients(SignInProperties properties, PasswordEncoder encoder) {
		TokenSettings tokens = TokenSettings.builder()
			.accessTokenTimeToLive(properties.accessTokenLifetime())
			.refreshTokenTimeToLive(properties.refreshTokenLifetime())
			.reuseRefreshTokens(false)
			.build();
		ClientSettings noConsent = ClientSettings.builder().requireAuthorizationConsent(false).build();
		RegisteredClient console = RegisteredClient.withId(UUID.randomUUID().toString())
			.clientId(properties.console().clientId())
			.clientSecret(StaffDirectory.encoded(properties.console().secret(), encoder))
			.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
			.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
			.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
			.authorizationGrantType(AuthorizationGrantType.REFRESH_TOKEN)
			.redirectUris((uris) -> uris.addAll(properties.console().redirectUris()))
			.postLogoutRedirectUris((uris) -> uris.addAll(properties.console().postLogoutRedirectUris()))
			.scope(OidcScopes.OPENID)
			.scope(OidcScopes.PROFILE)
			.clientSettings(ClientSettings.withSettings(noConsent.getSettings()).requireProofKey(true).build())
			.tokenSettings(tokens)
			.build();
		RegisteredClient cli = RegisteredClient.withId(UUID.randomUUID().toString())
			.clientId(CLI_CLIENT)
			.clientAuthenticationMethod(ClientAuthenticationMethod.NONE)
			.authorizationGrantType(AuthorizationGrantType.DEVICE_CODE)
			// no openid: the device grant issues no ID token, and the server refuses it
			.scope(OidcScopes.PROFILE)
			.clientSettings(noConsent)
			.tokenSettings(tokens)
			.build();
		return new InMemoryRegisteredClientRepository(console, cli);
	}

	/**
	 * Puts who the user is into their access and ID tokens: {@code preferred_username},
	 * {@code name}, {@code unit} (when they have one) and {@code roles}, the claims the
	 * staff APIs read; access tokens also get the staff APIs' audience.
	 * @param directory the users
	 * @param properties the settings, for the audience
	 * @return the customizer
	 */
	@Bean
	OAuth2TokenCustomizer<JwtEncodingContext> staffClaims(StaffDirectory directory, SignInProperties properties) {
		return (context) -> {
			boolean accessToken = OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType());
			boolean idToken = OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue());
			if (accessToken) {
				// the staff APIs require this audience, which an ID token (audience: the
				// client) never has: an ID token cannot stand in for an access token
				context.getClaims().claims((claims) -> claims.put("aud", audiences(claims.get("aud"), properties)));
			}
			Authentication principal = context.getPrincipal();
			if ((!accessToken && !idToken) || principal == null
					|| principal instanceof OAuth2ClientAuthenticationToken) {
				return;
			}
			directory.find(principal.getName()).ifPresent((account) -> addClaims(context, account));
		};
	}

	private static List<String> audiences(Object current, SignInProperties properties) {
		List<String> audiences = new java.util.ArrayList<>();
		if (current instanceof java.util.Collection<?> values) {
			values.forEach((value) -> audiences.add(String.valueOf(value)));
		}
		else if (current != null) {
			audiences.add(String.valueOf(current));
		}
		if (!audiences.contains(properties.staffApiAudience())) {
			audiences.add(properties.staffApiAudience());
		}
		return audiences;
	}

	private static void addClaims(JwtEncodingContext context, Account account) {
		context.getClaims()
			.claim("preferred_username", account.username())
			.claim("name", (account.name() != null) ? account.name() : account.username())
			.claim("roles", account.roles());
		if (account.unit() != null && !account.unit().isBlank()) {
			context.getClaims().claim("unit", account.unit());
		}
	}

}
