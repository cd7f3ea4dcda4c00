package org.sujarit.intake.whistleblower;

import java.util.Optional;

/**
 * Thai national ID numbers (เลขประจำตัวประชาชน): 13 digits, the last a check digit over
 * the first twelve.
 */
final class NationalIds {

	private static final int LENGTH = 13;

	private NationalIds() {
	}

	/**
	 * Reads a national ID as typed (Thai or Arabic digits, with spaces or dashes) and
	 * checks its check digit.
	 * @param typed what was typed
	 * @return the 13 digits, empty when it is not a valid national ID
	 */
	static Optional<String> normalise(String typed) {
		String digits = ThaiDigits.compact(typed);
		return (ThaiDigits.isDigits(digits, LENGTH) && checkDigitMatches(digits)) ? Optional.of(digits)
				: Optional.empty();
	}

	/**
	 * The check: sum of the first twelve digits each weighted by 13 down to 2; the check
	 * digit is {@code (11 - sum mod 11) mod 10}.
	 * @param digits 13 ASCII digits
	 * @return whether the last digit is the right check digit
	 */
	static boolean checkDigitMatches(String digits) {
		int sum = 0;
		for (int i = 0; i < LENGTH - 1; i++) {
			sum += (digits.charAt(i) - '0') * (LENGTH - i);
		}
		int check = (11 - sum % 11) % 10;
		return check == digits.charAt(LENGTH - 1) - '0';
	}

}
