package org.sujarit.intake;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * When a submission is received and by when the municipality must answer it.
 */
@Component
public class ResponseDeadline {

	private final Clock clock;

	private final int responseDays;

	@Autowired
	public ResponseDeadline(Clock clock, IntakeProperties properties) {
		this(clock, properties.responseDays());
	}

	ResponseDeadline(Clock clock, int responseDays) {
		this.clock = clock;
		this.responseDays = responseDays;
	}

	/**
	 * The moment of receipt. Cut to milliseconds, which is what the store keeps, so the
	 * time a citizen is told equals the time the status page shows later.
	 * @return now
	 */
	public Instant now() {
		return this.clock.instant().truncatedTo(ChronoUnit.MILLIS);
	}

	/**
	 * The latest answer time for something received at {@code receivedAt}. Thailand has
	 * no daylight saving time, so a day is always 24 hours.
	 * @param receivedAt when it was received
	 * @return receivedAt plus the configured number of days
	 */
	public Instant respondBy(Instant receivedAt) {
		return receivedAt.plus(this.responseDays, ChronoUnit.DAYS);
	}

}
