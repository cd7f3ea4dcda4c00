package org.sujarit.intake.portal;

import java.nio.charset.StandardCharsets;
import java.time.Clock;

import org.sujarit.platform.runtime.PlatformProperties;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The citizen portal's infrastructure: its texts, its language rule, its dates and the
 * filter that puts its security headers on every page.
 */
@Configuration(proxyBeanMethods = false)
class PortalConfiguration {

	/**
	 * The portal's texts, under {@code portal/} so that they never meet another service's
	 * {@code messages} when the dev stack runs them all in one JVM.
	 * @return the message source
	 */
	@Bean
	MessageSource messageSource() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("portal/messages");
		messages.setDefaultEncoding(StandardCharsets.UTF_8.name());
		// a missing English text falls back to the base file, never to the JVM's locale
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

	@Bean(DispatcherServlet.LOCALE_RESOLVER_BEAN_NAME)
	LocaleResolver localeResolver() {
		return new PortalLocaleResolver();
	}

	@Bean
	ReportForms reportForms(Clock clock) {
		return new ReportForms(clock);
	}

	@Bean
	PortalDates portalDates() {
		return new PortalDates();
	}

	@Bean
	FilterRegistrationBean<PortalHeadersFilter> portalHeadersFilter(PlatformProperties platform) {
		FilterRegistrationBean<PortalHeadersFilter> registration = new FilterRegistrationBean<>(
				new PortalHeadersFilter(platform.maxRequestBody().toBytes()));
		// first, so every answer carries the headers, refusals by later filters included
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

}
