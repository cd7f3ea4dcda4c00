package org.sujarit.cases.security;

import java.net.URI;
import java.util.List;

import org.sujarit.platform.runtime.web.ProblemWriter;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Staff sign in with HTTP Basic as the configured development user; the API is stateless
 * and, with no cookies involved, needs no CSRF protection. Health and metrics stay open
 * for probes and Prometheus.
 */
@Configuration(proxyBeanMethods = false)
class StaffSecurityConfiguration {

	/** The role every staff user has; what each may do is in CaseAccess. */
	static final String STAFF_ROLE = "STAFF";

	@Bean
	SecurityFilterChain staffApi(HttpSecurity http) throws Exception {
		AuthenticationEntryPoint unauthorized = unauthorized();
		return http
			.authorizeHttpRequests((requests) -> requests
				.requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/prometheus", "/error")
				.permitAll()
				.anyRequest()
				.hasRole(STAFF_ROLE))
			.httpBasic((basic) -> basic.authenticationEntryPoint(unauthorized))
			.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint(unauthorized))
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf((csrf) -> csrf.disable())
			.formLogin((form) -> form.disable())
			.logout((logout) -> logout.disable())
			.requestCache((cache) -> cache.disable())
			.anonymous(Customizer.withDefaults())
			.build();
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	UserDetailsService staffUsers(StaffProperties staff, PasswordEncoder encoder) {
		InMemoryUserDetailsManager users = new InMemoryUserDetailsManager();
		for (StaffProperties.Account account : staff.users()) {
			String password = account.password().startsWith("{") ? account.password()
					: encoder.encode(account.password());
			users.createUser(User.withUsername(account.username()).password(password).roles(STAFF_ROLE).build());
		}
		return users;
	}

	@Bean
	WebMvcConfigurer staffUserArgument(StaffProperties staff) {
		StaffUserResolver resolver = new StaffUserResolver(staff);
		return new WebMvcConfigurer() {
			@Override
			public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
				resolvers.add(resolver);
			}
		};
	}

	private static AuthenticationEntryPoint unauthorized() {
		ProblemWriter writer = new ProblemWriter();
		return (request, response, ex) -> {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED,
					"Sign in as staff to use this API");
			problem.setType(URI.create("urn:sujarit:problem:unauthorized"));
			problem.setTitle(HttpStatus.UNAUTHORIZED.getReasonPhrase());
			problem.setProperty("detailTh", "กรุณาเข้าสู่ระบบในฐานะเจ้าหน้าที่");
			response.setHeader("WWW-Authenticate", "Basic realm=\"sujarit-staff\"");
			writer.write(request, response, problem);
		};
	}

}
