package org.sujarit.platform.runtime.staff;

import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The staff API of a service: an OAuth2 resource server that accepts the access tokens of
 * the staff OpenID Connect provider ({@code staff-sign-in} in the embedded default,
 * Keycloak in docker-compose).
 * <p>
 * Active in a servlet service that has {@code spring-boot-starter-oauth2-resource-server}
 * on its classpath, unless {@code sujarit.staff.enabled=false}. Services without a staff
 * API (complaint-intake's public API, notification, statistics) leave the starter out.
 * <ul>
 * <li>stateless, bearer tokens only: no session, no cookies, so no CSRF protection is
 * needed;</li>
 * <li>health, Prometheus, info, the OpenAPI document, the error page and
 * {@code sujarit.staff.open-paths} are open; everything else, {@code /api/**} included,
 * needs a signed-in user (any role);</li>
 * <li>what each role may do is the service's decision: method security is on, so services
 * use {@code @PreAuthorize} (authorities are {@link StaffRole#authority()}) or take a
 * {@link StaffUser} parameter and decide in code;</li>
 * <li>401 and 403 are problem+json in English and Thai.</li>
 * </ul>
 */
@AutoConfiguration(beforeName = { "org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration",
		"org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration",
		"org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration",
		"org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterAutoConfiguration",
		"org.springframework.boot.security.autoconfigure.actuate.web.servlet.ManagementWebSecurityAutoConfiguration",
		"org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration",
		"org.springframework.boot.security.oauth2.server.authorization.autoconfigure.servlet.OAuth2AuthorizationServerJwtAutoConfiguration" })
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass({ BearerTokenAuthenticationFilter.class, JwtDecoder.class, HttpSecurity.class })
@ConditionalOnBooleanProperty(name = "sujarit.staff.enabled", matchIfMissing = true)
@EnableConfigurationProperties(StaffProperties.class)
@EnableWebSecurity
@EnableMethodSecurity
public class StaffAccessAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	JwtDecoder staffJwtDecoder(StaffProperties properties) {
		return StaffTokenDecoder.create(properties);
	}

	@Bean
	StaffProblems staffProblems() {
		return new StaffProblems();
	}

	@Bean
	StaffProblemAdvice staffProblemAdvice() {
		return new StaffProblemAdvice();
	}

	@Bean
	SecurityFilterChain staffApiSecurity(HttpSecurity http, JwtDecoder decoder, StaffProblems problems,
			StaffProperties properties) throws Exception {
		List<String> open = new ArrayList<>(StaffProperties.ALWAYS_OPEN);
		open.addAll(properties.openPaths());
		return http
			.authorizeHttpRequests((requests) -> requests.requestMatchers(open.toArray(String[]::new))
				.permitAll()
				.requestMatchers("/api/**")
				.authenticated()
				.anyRequest()
				.authenticated())
			.oauth2ResourceServer((resourceServer) -> resourceServer
				.jwt((jwt) -> jwt.decoder(decoder).jwtAuthenticationConverter(new StaffAuthenticationConverter()))
				.authenticationEntryPoint(problems)
				.accessDeniedHandler(problems)
				// RFC 9728 metadata (401s point to it): name the provider
				.protectedResourceMetadata((metadata) -> metadata
					.protectedResourceMetadataCustomizer((resource) -> resource.authorizationServer(properties.issuer())
						.tlsClientCertificateBoundAccessTokens(false))))
			.exceptionHandling(
					(exceptions) -> exceptions.authenticationEntryPoint(problems).accessDeniedHandler(problems))
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			// browsers never send bearer tokens on their own: no CSRF risk
			.csrf((csrf) -> csrf.disable())
			.httpBasic((basic) -> basic.disable())
			.formLogin((form) -> form.disable())
			.logout((logout) -> logout.disable())
			.requestCache((cache) -> cache.disable())
			.build();
	}

	@Bean
	WebMvcConfigurer staffUserArguments() {
		return new WebMvcConfigurer() {
			@Override
			public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
				resolvers.add(new StaffUserArgumentResolver());
			}
		};
	}

}
