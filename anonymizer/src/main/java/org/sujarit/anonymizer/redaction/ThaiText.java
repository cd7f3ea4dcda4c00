package org.sujarit.anonymizer.redaction;

/**
 * Character classes and normalisation for Thai text.
 * <p>
 * {@link #normalize(CharSequence)} maps character for character, so an index into the
 * normalised text is also an index into the original; every matcher works on the
 * normalised text and the redactor cuts the original at the same positions.
 */
final class ThaiText {

	private ThaiText() {
	}

	/**
	 * Maps every decimal digit (Thai ๐-๙, Arabic-Indic, full-width ...) to its ASCII
	 * digit, upper case to lower case and every blank (line break, no-break or zero-width
	 * space) to a plain space, keeping the length.
	 * @param text the text
	 * @return the normalised text, as long as {@code text}
	 */
	static String normalize(CharSequence text) {
		char[] out = new char[text.length()];
		for (int i = 0; i < out.length; i++) {
			char c = text.charAt(i);
			int digit = Character.digit(c, 10);
			if (digit >= 0) {
				out[i] = (char) ('0' + digit);
			}
			else if (c >= 'A' && c <= 'Z') {
				out[i] = (char) (c + ('a' - 'A'));
			}
			else if (isThai(c) || (c > ' ' && c < '\u0080')) {
				out[i] = c;
			}
			else if (isBlankChar(c)) {
				out[i] = ' ';
			}
			else {
				// the char overload maps one char to one char, so indexes stay valid
				out[i] = Character.toLowerCase(c);
			}
		}
		return new String(out);
	}

	// the Thai words for the digits, as people read out phone numbers ("ศูนย์ แปด หนึ่ง
	// ..."), with the spoken forms โท (two) and นึง (one) and แ typed as เเ; index =
	// digit
	private static final String[][] NUMBER_WORDS = { { "ศูนย์", "สูญ" }, { "หนึ่ง", "นึ่ง", "นึง" }, { "สอง", "โท" },
			{ "สาม" }, { "สี่" }, { "ห้า" }, { "หก" }, { "เจ็ด" }, { "แปด", "เเปด" }, { "เก้า" } };

	/**
	 * Writes every Thai number word of a normalised text as its digit followed by spaces,
	 * keeping the length, so a number read out in words ("ศูนย์แปด หนึ่ง...") becomes a
	 * digit run like any other. Where a word was replaced, {@code wordEnd} holds for each
	 * of its positions the index after the word, elsewhere -1.
	 * @param text the normalised text
	 * @param wordEnd receives the word ends, as long as {@code text}
	 * @return the text with digits for number words
	 */
	static String withNumberWordsAsDigits(String text, int[] wordEnd) {
		java.util.Arrays.fill(wordEnd, -1);
		char[] out = null;
		for (int i = 0; i < text.length(); i++) {
			if (!isThai(text.charAt(i))) {
				continue;
			}
			for (int digit = 0; digit < NUMBER_WORDS.length; digit++) {
				for (String word : NUMBER_WORDS[digit]) {
					if (text.startsWith(word, i)) {
						if (out == null) {
							out = text.toCharArray();
						}
						int end = i + word.length();
						out[i] = (char) ('0' + digit);
						java.util.Arrays.fill(out, i + 1, end, ' ');
						java.util.Arrays.fill(wordEnd, i, end, end);
						i = end - 1;
						digit = NUMBER_WORDS.length;
						break;
					}
				}
			}
		}
		return (out != null) ? new String(out) : text;
	}

	/**
	 * The ASCII digits of a value in any script, dropping everything else.
	 * @param value the value, may be null
	 * @return its digits, empty when there are none
	 */
	static String digitsOf(String value) {
		if (value == null) {
			return "";
		}
		StringBuilder digits = new StringBuilder(value.length());
		for (int i = 0; i < value.length(); i++) {
			int digit = Character.digit(value.charAt(i), 10);
			if (digit >= 0) {
				digits.append((char) ('0' + digit));
			}
		}
		return digits.toString();
	}

	static boolean isAsciiDigit(char c) {
		return c >= '0' && c <= '9';
	}

	static boolean isAsciiDigitCode(int c) {
		return c >= '0' && c <= '9';
	}

	/**
	 * Whether the character is part of Thai script (consonants, vowels, tone marks).
	 * @param c the character
	 * @return true for U+0E01 to U+0E4E
	 */
	static boolean isThai(char c) {
		return c >= '\u0E01' && c <= '\u0E4E';
	}

	/**
	 * Whether the character is a leading vowel (เ แ โ ใ ไ), which is written before the
	 * consonant it belongs to: a name cannot start right after one.
	 * @param c the character
	 * @return true for a leading vowel
	 */
	static boolean isLeadingVowel(char c) {
		return c >= '\u0E40' && c <= '\u0E44';
	}

	/**
	 * Whether the character can only continue a syllable (a following vowel, a vowel or
	 * tone mark above or below, the silencer): a name cannot end right before one.
	 * @param c the character
	 * @return true for ะ ั า ำ ิ ี ึ ื ุ ู ฺ ๅ ็ ่ ้ ๊ ๋ ์ ํ ๎
	 */
	static boolean isSyllableContinuation(char c) {
		return (c >= '\u0E30' && c <= '\u0E3A') || c == '\u0E45' || (c >= '\u0E47' && c <= '\u0E4E');
	}

	/**
	 * Whether the character may stand between the digits of one written number: people
	 * group phone numbers and national IDs with spaces, dashes, dots and parentheses.
	 * Expects normalised text, in which every blank is a space.
	 * @param c the character
	 * @return true for a digit separator
	 */
	static boolean isDigitSeparator(char c) {
		return c == ' ' || c == '-' || c == '.' || c == '(' || c == ')' || (c >= '\u2010' && c <= '\u2015')
				|| c == '\u2212';
	}

	/**
	 * Whether the character may stand between the digits of the reporter's own number as
	 * people type it, beyond {@link #isDigitSeparator}: a slash, comma or underscore
	 * ({@code 081/234-5678}, {@code 081,234,5678}). Only used to find the reporter's own
	 * values, never to decide what any 13 digits are, as these also join dates and
	 * amounts.
	 * @param c the character
	 * @return true for a loose digit separator
	 */
	static boolean isLooseDigitSeparator(char c) {
		return isDigitSeparator(c) || c == '/' || c == ',' || c == '_';
	}

	/**
	 * Whether the character is an invisible format character that Thai editors insert as
	 * a word break.
	 * @param c the character
	 * @return true for zero-width space, joiners, word joiner and BOM
	 */
	static boolean isInvisible(char c) {
		return (c >= '\u200B' && c <= '\u200D') || c == '\u2060' || c == '\uFEFF';
	}

	static boolean isBlankChar(char c) {
		return Character.isWhitespace(c) || Character.isSpaceChar(c) || isInvisible(c);
	}

	static boolean isAsciiLetter(char c) {
		return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
	}

}
