package org.sujarit.intake.whistleblower;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import java.time.Clock;
import java.time.Duration;

import com.google.crypto.tink.HybridEncrypt;
import io.github.resilience4j.micrometer.tagged.TaggedRateLimiterMetrics;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.ratelimiter.RateLimiterRegistry;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.sujarit.intake.IntakeProperties;
import org.sujarit.platform.runtime.keys.Keysets;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The keys of the whistleblower channel, loaded once at start. A missing key file stops
 * the service at start rather than at the first report.
 */
@Configuration(proxyBeanMethods = false)
class WhistleblowerConfiguration {

	@Bean
	HybridEncrypt whistleblowerSealer(IntakeProperties properties) {
		Path keyset = required(properties.whistleblower().sealingKeyset(), "sealing-keyset",
				"the anonymizer's public sealing keyset");
		return Keysets.sealer(keyset);
	}

	@Bean
	ReceiptHasher receiptHasher(IntakeProperties properties) {
		Path pepper = required(properties.whistleblower().receiptPepper(), "receipt-pepper", "the receipt pepper");
		return new ReceiptHasher(Keysets.receiptPepper(pepper), properties.whistleblower().argon2());
	}

	@Bean
	ReceiptChecks receiptChecks(IntakeProperties properties, Clock clock, MeterRegistry meters) {
		IntakeProperties.ReceiptChecks limits = properties.whistleblower().receiptChecks();
		long countable = limits.perSecond() * Math.max(1, limits.window().toSeconds());
		if (countable > limits.trackedReceipts()) {
			throw new IllegalStateException("sujarit.intake.whistleblower.receipt-checks.tracked-receipts ("
					+ limits.trackedReceipts() + ") must be at least per-second times the window in seconds ("
					+ countable + "), or a flood of guesses could push real counts out");
		}
		RateLimiterConfig config = RateLimiterConfig.custom()
			.limitForPeriod(limits.perSecond())
			.limitRefreshPeriod(Duration.ofSeconds(1))
			.timeoutDuration(limits.maxWait())
			.build();
		RateLimiterRegistry registry = RateLimiterRegistry.of(config);
		TaggedRateLimiterMetrics.ofRateLimiterRegistry(registry).bindTo(meters);
		return new ReceiptChecks(registry.rateLimiter("receipt-checks"),
				new AttemptLimiter(limits.perReceipt(), limits.window(), limits.trackedReceipts(), clock), meters);
	}

	/**
	 * Every answer of the whistleblower channel, errors included, is kept out of caches:
	 * a shared computer's browser history must not show a receipt or a status.
	 * @return the filter registration
	 */
	@Bean
	FilterRegistrationBean<OncePerRequestFilter> whistleblowerNoStore() {
		OncePerRequestFilter filter = new OncePerRequestFilter() {

			@Override
			protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
					throws ServletException, IOException {
				response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
				chain.doFilter(request, response);
			}

		};
		FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(filter);
		registration.addUrlPatterns("/api/v1/whistleblower/*");
		// before the body size limit, so a 413 is not cached either
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

	private static Path required(Path file, String property, String what) {
		if (!Files.isReadable(file)) {
			throw new IllegalStateException(
					"Cannot read " + what + " at " + file.toAbsolutePath() + "; set sujarit.intake.whistleblower."
							+ property + " to the file (the dev stack creates development keys under ./data/keys)");
		}
		return file;
	}

}
