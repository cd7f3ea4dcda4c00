package org.sujarit.anonymizer.redaction;

/**
 * Check-digit validation for 13-digit Thai national ID numbers (เลขประจำตัวประชาชน).
 * <p>
 * The last digit is
 * {@code (11 - (sum of digit[i] * (13 - i) for i = 0..11) mod 11) mod 10}.
 */
public final class NationalId {

	/**
	 * Number of digits in a Thai national ID.
	 */
	public static final int LENGTH = 13;

	private NationalId() {
	}

	/**
	 * Whether the given characters are exactly 13 ASCII digits with a valid check digit.
	 * @param digits the candidate, digits only (normalise Thai digits and drop separators
	 * first)
	 * @return true when the candidate is a valid national ID
	 */
	public static boolean isValid(CharSequence digits) {
		return digits != null && isValid(digits, 0, digits.length());
	}

	/**
	 * Whether {@code digits[start, end)} is a valid national ID; avoids a substring copy
	 * while scanning long texts.
	 * @param digits the characters to look at
	 * @param start first index, inclusive
	 * @param end last index, exclusive
	 * @return true when the range holds 13 ASCII digits with a valid check digit
	 */
	public static boolean isValid(CharSequence digits, int start, int end) {
		if (end - start != LENGTH) {
			return false;
		}
		int sum = 0;
		for (int i = 0; i < LENGTH; i++) {
			char c = digits.charAt(start + i);
			if (c < '0' || c > '9') {
				return false;
			}
			if (i < LENGTH - 1) {
				sum += (c - '0') * (LENGTH - i);
			}
		}
		int check = (11 - sum % 11) % 10;
		return digits.charAt(start + LENGTH - 1) - '0' == check;
	}

}
