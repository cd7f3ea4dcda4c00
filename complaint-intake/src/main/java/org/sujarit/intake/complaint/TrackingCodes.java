package org.sujarit.intake.complaint;

import java.security.SecureRandom;
import java.util.Optional;

import org.sujarit.intake.CrockfordBase32;

import org.springframework.stereotype.Component;

/**
 * Tracking codes of general complaints: {@code SJ-XXXXX-XXXXX}, ten random Crockford
 * base32 symbols (50 bits). Random rather than sequential, so a code reveals nothing
 * about other complaints and cannot be guessed from one's own.
 */
@Component
public class TrackingCodes {

	static final String PREFIX = "SJ";

	private static final int SYMBOLS = 10;

	private final CrockfordBase32 symbols = new CrockfordBase32(new SecureRandom());

	/**
	 * A new random code.
	 * @return the code in its canonical form
	 */
	public String next() {
		return format(this.symbols.random(SYMBOLS));
	}

	/**
	 * Reads a code as a citizen may type it: in lower case, without dashes or with
	 * spaces, with or without the {@code SJ} prefix, with O for zero or I/L for one.
	 * @param typed what was typed
	 * @return the canonical code, empty when it cannot be one
	 */
	public static Optional<String> normalise(String typed) {
		if (typed == null || typed.length() > 40) {
			return Optional.empty();
		}
		String compact = typed.replaceAll("[\\s\\-]", "");
		if (compact.length() == PREFIX.length() + SYMBOLS && compact.regionMatches(true, 0, PREFIX, 0, 2)) {
			compact = compact.substring(PREFIX.length());
		}
		if (compact.length() != SYMBOLS) {
			return Optional.empty();
		}
		return Optional.ofNullable(CrockfordBase32.canonical(compact)).map(TrackingCodes::format);
	}

	private static String format(String symbols) {
		return PREFIX + "-" + symbols.substring(0, 5) + "-" + symbols.substring(5);
	}

}
