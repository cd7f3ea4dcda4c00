package org.sujarit.intake.whistleblower;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Counts checks of each receipt, in memory, in fixed windows.
 * <p>
 * A receipt is known here only by an HMAC of what was typed, under a random key made at
 * start and never written anywhere: the counts neither hold receipts nor let anyone with
 * a memory dump test guesses, and a restart forgets them. The map holds at most
 * {@code capacity} receipts: expired windows go first, then the oldest, so memory stays
 * bounded whatever is typed. It never sees who asked.
 */
class AttemptLimiter {

	private static final String HMAC = "HmacSHA256";

	private static final int KEY_BYTES = 32;

	/** 128 bits of the HMAC are plenty to tell receipts apart. */
	private static final int TAG_BYTES = 16;

	private final SecretKeySpec key;

	private final int limit;

	private final Duration window;

	private final int capacity;

	private final Clock clock;

	/** In order of window start: the head is always the oldest window. */
	private final LinkedHashMap<String, Window> windows = new LinkedHashMap<>();

	/**
	 * Creates a limiter with a fresh random key.
	 * @param limit checks allowed per receipt and window
	 * @param window the window
	 * @param capacity receipts counted at once
	 * @param clock the clock
	 */
	AttemptLimiter(int limit, Duration window, int capacity, Clock clock) {
		byte[] secret = new byte[KEY_BYTES];
		new SecureRandom().nextBytes(secret);
		this.key = new SecretKeySpec(secret, HMAC);
		this.limit = limit;
		this.window = window;
		this.capacity = capacity;
		this.clock = clock;
	}

	/**
	 * Counts one check of a receipt.
	 * @param normalised the receipt as typed, normalised
	 * @return empty when the check may go ahead; else how long until this receipt may be
	 * checked again
	 */
	Optional<Duration> tryAcquire(String normalised) {
		String tag = tag(normalised);
		Instant now = this.clock.instant();
		synchronized (this.windows) {
			Window current = this.windows.get(tag);
			if (current != null && !now.isBefore(current.end())) {
				this.windows.remove(tag);
				current = null;
			}
			if (current == null) {
				makeRoom(now);
				this.windows.put(tag, new Window(now.plus(this.window), 1));
				return Optional.empty();
			}
			if (current.count() >= this.limit) {
				return Optional.of(Duration.between(now, current.end()));
			}
			this.windows.put(tag, new Window(current.end(), current.count() + 1));
			return Optional.empty();
		}
	}

	/**
	 * How many receipts are being counted.
	 * @return the number
	 */
	int size() {
		synchronized (this.windows) {
			return this.windows.size();
		}
	}

	private void makeRoom(Instant now) {
		Iterator<Map.Entry<String, Window>> oldestFirst = this.windows.entrySet().iterator();
		while (oldestFirst.hasNext()) {
			Map.Entry<String, Window> oldest = oldestFirst.next();
			// expired, or live but the map is full: forget it
			if (!now.isBefore(oldest.getValue().end()) || this.windows.size() >= this.capacity) {
				oldestFirst.remove();
			}
			else {
				return;
			}
		}
	}

	private String tag(String normalised) {
		try {
			Mac mac = Mac.getInstance(HMAC);
			mac.init(this.key);
			byte[] tag = mac.doFinal(normalised.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(tag, 0, TAG_BYTES);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is not available", ex);
		}
	}

	private record Window(Instant end, int count) {
	}

}
