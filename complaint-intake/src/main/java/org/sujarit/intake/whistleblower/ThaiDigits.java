package org.sujarit.intake.whistleblower;

/**
 * Reads numbers as people type them in Thailand: Thai digits (๐–๙) as well as Arabic
 * ones, grouped with spaces or dashes.
 */
final class ThaiDigits {

	private static final char THAI_ZERO = '\u0E50';

	private static final char THAI_NINE = '\u0E59';

	private ThaiDigits() {
	}

	/**
	 * Turns Thai digits into Arabic ones and drops spaces and dashes. Anything else is
	 * kept, so a caller can tell a number from something that is not one.
	 * @param typed what was typed, may be null
	 * @return the compact text, empty for null
	 */
	static String compact(String typed) {
		if (typed == null) {
			return "";
		}
		StringBuilder compact = new StringBuilder(typed.length());
		for (int i = 0; i < typed.length(); i++) {
			char c = typed.charAt(i);
			if (c >= THAI_ZERO && c <= THAI_NINE) {
				compact.append((char) ('0' + (c - THAI_ZERO)));
			}
			else if (c != '-' && !Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
				compact.append(c);
			}
		}
		return compact.toString();
	}

	/**
	 * Whether the text is exactly {@code length} ASCII digits.
	 * @param text the text
	 * @param length the number of digits
	 * @return true when it is
	 */
	static boolean isDigits(String text, int length) {
		if (text.length() != length) {
			return false;
		}
		for (int i = 0; i < length; i++) {
			char c = text.charAt(i);
			if (c < '0' || c > '9') {
				return false;
			}
		}
		return true;
	}

}
