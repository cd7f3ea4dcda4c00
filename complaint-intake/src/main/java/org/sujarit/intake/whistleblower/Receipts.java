package org.sujarit.intake.whistleblower;

import java.security.SecureRandom;

import org.springframework.stereotype.Component;

/**
 * Whistleblower receipts: 20 random decimal digits (about 66 bits), shown in groups of
 * four. Digits only, so a reporter can write one down, read it over the phone or type it
 * on any keyboard, Thai digits included.
 */
@Component
public class Receipts {

	static final int DIGITS = 20;

	private final SecureRandom random = new SecureRandom();

	/**
	 * A new receipt.
	 * @return 20 digits, ungrouped
	 */
	String next() {
		StringBuilder digits = new StringBuilder(DIGITS);
		for (int i = 0; i < DIGITS; i++) {
			digits.append((char) ('0' + this.random.nextInt(10)));
		}
		return digits.toString();
	}

	/**
	 * The receipt as the reporter is shown it: {@code 1234 5678 9012 3456 7890}.
	 * @param digits the 20 digits
	 * @return the digits in groups of four
	 */
	static String format(String digits) {
		StringBuilder grouped = new StringBuilder(DIGITS + DIGITS / 4);
		for (int i = 0; i < digits.length(); i++) {
			if (i > 0 && i % 4 == 0) {
				grouped.append(' ');
			}
			grouped.append(digits.charAt(i));
		}
		return grouped.toString();
	}

	/**
	 * A typed receipt reduced to what is hashed: Thai digits made Arabic, spaces and
	 * dashes dropped. The result need not be a receipt; see
	 * {@link #isWellFormed(String)}.
	 * @param typed what the reporter typed, may be null
	 * @return the compact text
	 */
	static String normalise(String typed) {
		return ThaiDigits.compact(typed);
	}

	/**
	 * Whether normalised text could be a receipt.
	 * @param normalised the output of {@link #normalise(String)}
	 * @return true for exactly 20 digits
	 */
	static boolean isWellFormed(String normalised) {
		return ThaiDigits.isDigits(normalised, DIGITS);
	}

}
