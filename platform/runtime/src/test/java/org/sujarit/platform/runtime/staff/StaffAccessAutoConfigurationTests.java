package org.sujarit.platform.runtime.staff;

import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;

import static org.assertj.core.api.Assertions.assertThat;

class StaffAccessAutoConfigurationTests {

	private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(StaffAccessAutoConfiguration.class));

	@Test
	void backsOffWithoutTheResourceServerOnTheClasspath() {
		this.runner.withClassLoader(new FilteredClassLoader(BearerTokenAuthenticationFilter.class))
			.run((context) -> assertThat(context).hasNotFailed()
				.doesNotHaveBean(StaffAccessAutoConfiguration.class)
				.doesNotHaveBean(SecurityFilterChain.class)
				.doesNotHaveBean(StaffProperties.class));
	}

	@Test
	void backsOffWhenTurnedOff() {
		this.runner.withPropertyValues("sujarit.staff.enabled=false")
			.run((context) -> assertThat(context).hasNotFailed()
				.doesNotHaveBean(StaffAccessAutoConfiguration.class)
				.doesNotHaveBean(SecurityFilterChain.class));
	}

}
