package org.sujarit.intake.whistleblower;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

import io.github.resilience4j.ratelimiter.RateLimiter;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * The limits every receipt check passes before any Argon2 work: first the per-receipt
 * count, then the global rate. Both count what was typed whether it is right or wrong, so
 * being limited tells nothing about a receipt. Neither knows the client: there is no
 * per-address limit that could lock a kiosk or a school out (GlobaLeaks #4403).
 * <p>
 * With receipts of about 66 bits, Argon2id on every check and the global rate at its
 * default of 20 checks a second, finding any one of a million issued receipts by guessing
 * takes on the order of a hundred thousand years.
 */
public class ReceiptChecks {

	private final RateLimiter global;

	private final AttemptLimiter perReceipt;

	private final Counter limitedGlobal;

	private final Counter limitedReceipt;

	ReceiptChecks(RateLimiter global, AttemptLimiter perReceipt, MeterRegistry meters) {
		this.global = global;
		this.perReceipt = perReceipt;
		this.limitedGlobal = limited(meters, ReceiptChecksLimited.Scope.GLOBAL);
		this.limitedReceipt = limited(meters, ReceiptChecksLimited.Scope.RECEIPT);
	}

	/**
	 * Lets one check of a receipt go ahead or refuses it.
	 * @param normalised the receipt as typed, normalised
	 * @throws ReceiptChecksLimited when a limit refuses it
	 */
	void admit(String normalised) {
		Optional<Duration> wait = this.perReceipt.tryAcquire(normalised);
		if (wait.isPresent()) {
			this.limitedReceipt.increment();
			throw new ReceiptChecksLimited(ReceiptChecksLimited.Scope.RECEIPT, wait.get());
		}
		if (!this.global.acquirePermission()) {
			this.limitedGlobal.increment();
			throw new ReceiptChecksLimited(ReceiptChecksLimited.Scope.GLOBAL,
					this.global.getRateLimiterConfig().getLimitRefreshPeriod());
		}
	}

	/**
	 * The global limiter, for operators and tests that change its rate at run time.
	 * @return the rate limiter
	 */
	public RateLimiter global() {
		return this.global;
	}

	private static Counter limited(MeterRegistry meters, ReceiptChecksLimited.Scope scope) {
		return Counter.builder("sujarit.intake.receipt-checks.limited")
			.description("Receipt checks refused by a limit")
			.tag("scope", scope.name().toLowerCase(Locale.ROOT))
			.register(meters);
	}

}
