package org.sujarit.intake.whistleblower;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AttemptLimiterTests {

	private static final String RECEIPT = "12345678901234567890";

	private final MovableClock clock = new MovableClock();

	@Test
	void aReceiptMayBeCheckedUpToTheLimitPerWindow() {
		AttemptLimiter limiter = new AttemptLimiter(3, Duration.ofMinutes(10), 100, this.clock);

		assertThat(limiter.tryAcquire(RECEIPT)).isEmpty();
		assertThat(limiter.tryAcquire(RECEIPT)).isEmpty();
		assertThat(limiter.tryAcquire(RECEIPT)).isEmpty();
		this.clock.advance(Duration.ofMinutes(4));

		assertThat(limiter.tryAcquire(RECEIPT)).contains(Duration.ofMinutes(6));
	}

	@Test
	void anotherReceiptIsNotBlocked() {
		AttemptLimiter limiter = new AttemptLimiter(1, Duration.ofMinutes(10), 100, this.clock);
		limiter.tryAcquire(RECEIPT);

		assertThat(limiter.tryAcquire(RECEIPT)).isPresent();
		assertThat(limiter.tryAcquire("09876543210987654321")).isEmpty();
	}

	@Test
	void theCountStartsAfreshOnceTheWindowHasPassed() {
		AttemptLimiter limiter = new AttemptLimiter(1, Duration.ofMinutes(10), 100, this.clock);
		limiter.tryAcquire(RECEIPT);
		this.clock.advance(Duration.ofMinutes(10));

		assertThat(limiter.tryAcquire(RECEIPT)).isEmpty();
		assertThat(limiter.tryAcquire(RECEIPT)).isPresent();
	}

	@Test
	void memoryStaysBoundedAndExpiredWindowsGoFirst() {
		AttemptLimiter limiter = new AttemptLimiter(1, Duration.ofMinutes(10), 3, this.clock);
		limiter.tryAcquire("a");
		limiter.tryAcquire("b");
		this.clock.advance(Duration.ofMinutes(11));
		limiter.tryAcquire("c");
		limiter.tryAcquire("d");

		// a and b expired and were dropped for d
		assertThat(limiter.size()).isEqualTo(2);
		assertThat(limiter.tryAcquire("c")).isPresent();

		for (int i = 0; i < 1000; i++) {
			limiter.tryAcquire("guess-" + i);
		}
		assertThat(limiter.size()).isEqualTo(3);
	}

	@Test
	void receiptsAreKeptOnlyAsKeyedHashes() throws Exception {
		AttemptLimiter limiter = new AttemptLimiter(1, Duration.ofMinutes(10), 10, this.clock);
		limiter.tryAcquire(RECEIPT);

		var field = AttemptLimiter.class.getDeclaredField("windows");
		field.setAccessible(true);
		assertThat(field.get(limiter).toString()).doesNotContain(RECEIPT).doesNotContain("1234");
	}

	static final class MovableClock extends Clock {

		private Instant now = Instant.parse("2026-11-22T04:00:00Z");

		void advance(Duration duration) {
			this.now = this.now.plus(duration);
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return this.now;
		}

	}

}
