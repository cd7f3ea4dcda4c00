package org.sujarit.intake;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ResponseDeadlineTests {

	@Test
	void respondByIsFifteenDaysAfterReceipt() {
		ResponseDeadline deadline = new ResponseDeadline(Clock.systemUTC(), 15);
		assertThat(deadline.respondBy(Instant.parse("2026-01-20T03:04:05.123Z")))
			.isEqualTo(Instant.parse("2026-02-04T03:04:05.123Z"));
		assertThat(deadline.respondBy(Instant.parse("2026-12-25T23:59:59Z")))
			.isEqualTo(Instant.parse("2027-01-09T23:59:59Z"));
		assertThat(deadline.respondBy(Instant.parse("2028-02-20T10:00:00Z"))).as("leap year")
			.isEqualTo(Instant.parse("2028-03-06T10:00:00Z"));
	}

	@Test
	void respondByFollowsTheConfiguredDays() {
		ResponseDeadline deadline = new ResponseDeadline(Clock.systemUTC(), 7);
		assertThat(deadline.respondBy(Instant.parse("2026-01-20T00:00:00Z")))
			.isEqualTo(Instant.parse("2026-01-27T00:00:00Z"));
	}

	@Test
	void nowComesFromTheClockInMilliseconds() {
		Clock clock = Clock.fixed(Instant.parse("2026-03-01T08:00:00.123456789Z"), ZoneOffset.UTC);
		assertThat(new ResponseDeadline(clock, 15).now()).isEqualTo(Instant.parse("2026-03-01T08:00:00.123Z"));
	}

}
