package org.sujarit.intake.whistleblower;

import java.time.Duration;

import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class ReceiptChecksTests {

	private final AttemptLimiterTests.MovableClock clock = new AttemptLimiterTests.MovableClock();

	private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

	@Test
	void theGlobalRateRefusesOnceSpentWhateverTheReceipt() {
		ReceiptChecks checks = checks(2, 100);
		checks.admit("1");
		checks.admit("2");

		ReceiptChecksLimited limited = catchThrowableOfType(ReceiptChecksLimited.class, () -> checks.admit("3"));

		assertThat(limited.scope()).isEqualTo(ReceiptChecksLimited.Scope.GLOBAL);
		assertThat(limited.retryAfterSeconds()).isEqualTo(60);
		assertThat(this.meters.counter("sujarit.intake.receipt-checks.limited", "scope", "global").count())
			.isEqualTo(1);
	}

	@Test
	void aLimitedReceiptDoesNotSpendTheGlobalRate() {
		ReceiptChecks checks = checks(3, 1);
		checks.admit("1");
		for (int i = 0; i < 5; i++) {
			ReceiptChecksLimited limited = catchThrowableOfType(ReceiptChecksLimited.class, () -> checks.admit("1"));
			assertThat(limited.scope()).isEqualTo(ReceiptChecksLimited.Scope.RECEIPT);
		}

		checks.admit("2");
		checks.admit("3");
	}

	@Test
	void aLimitIsAnswered429WithRetryAfterInEnglishAndThai() {
		ResponseEntity<Object> answer = new ReceiptChecksLimited(ReceiptChecksLimited.Scope.RECEIPT,
				Duration.ofMillis(90_100))
			.toResponse();

		assertThat(answer.getStatusCode().value()).isEqualTo(429);
		assertThat(answer.getHeaders().getFirst("Retry-After")).isEqualTo("91");
		assertThat(answer.getHeaders().getContentType()).hasToString("application/problem+json");
		ProblemDetail problem = (ProblemDetail) answer.getBody();
		assertThat(problem.getDetail()).contains("91 seconds");
		assertThat(problem.getProperties().get("detailTh").toString()).contains("91 วินาที");
	}

	private ReceiptChecks checks(int perMinute, int perReceipt) {
		RateLimiter global = RateLimiter.of("test",
				RateLimiterConfig.custom()
					.limitForPeriod(perMinute)
					.limitRefreshPeriod(Duration.ofMinutes(1))
					.timeoutDuration(Duration.ZERO)
					.build());
		return new ReceiptChecks(global, new AttemptLimiter(perReceipt, Duration.ofMinutes(10), 100, this.clock),
				this.meters);
	}

}
