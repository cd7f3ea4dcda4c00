package org.sujarit.cases.console;

import java.time.Duration;
import java.util.Locale;

import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * The console's language: Thai unless the user switched to English ({@code ?lang=en},
 * remembered in a cookie of the console's path only).
 */
@Configuration(proxyBeanMethods = false)
class ConsoleWebConfiguration implements WebMvcConfigurer {

	static final Locale THAI = Locale.forLanguageTag("th-TH");

	@Bean
	LocaleResolver localeResolver(ConsoleProperties properties) {
		CookieLocaleResolver resolver = new CookieLocaleResolver("sujarit-console-lang");
		resolver.setCookieSecure(properties.secureCookie());
		resolver.setDefaultLocale(THAI);
		resolver.setCookiePath("/console");
		resolver.setCookieMaxAge(Duration.ofDays(365));
		resolver.setCookieHttpOnly(true);
		resolver.setCookieSameSite("Strict");
		return resolver;
	}

	/**
	 * Marks the session cookie {@code Secure} when the console is reached over HTTPS
	 * through a proxy: the container marks it on its own only for requests it received
	 * over HTTPS itself.
	 * @param properties the console's settings
	 * @return the initializer
	 */
	@Bean
	ServletContextInitializer secureSessionCookie(ConsoleProperties properties) {
		return (servletContext) -> {
			if (properties.secureCookie()) {
				servletContext.getSessionCookieConfig().setSecure(true);
			}
		};
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor change = new LocaleChangeInterceptor();
		change.setParamName("lang");
		change.setIgnoreInvalidLocale(true);
		registry.addInterceptor(change).addPathPatterns("/console", "/console/**");
	}

	@Bean
	ConsoleDates consoleDates() {
		return new ConsoleDates();
	}

}
