package org.sujarit.intake;

import java.security.SecureRandom;
import java.util.Locale;

/**
 * Crockford's base32 alphabet: digits and upper-case letters without I, L, O and U, so a
 * code read aloud or copied by hand cannot be misread.
 */
public final class CrockfordBase32 {

	/** The 32 symbols. */
	public static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

	private final SecureRandom random;

	/**
	 * Creates a source of random symbols.
	 * @param random the randomness, which must be cryptographically strong: codes are
	 * bearer secrets of a sort (anyone with a code sees the status)
	 */
	public CrockfordBase32(SecureRandom random) {
		this.random = random;
	}

	/**
	 * Random symbols.
	 * @param length how many
	 * @return the symbols
	 */
	public String random(int length) {
		StringBuilder symbols = new StringBuilder(length);
		for (int i = 0; i < length; i++) {
			symbols.append(ALPHABET.charAt(this.random.nextInt(ALPHABET.length())));
		}
		return symbols.toString();
	}

	/**
	 * Reads typed symbols the way Crockford intends: case does not matter, O is zero, I
	 * and L are one.
	 * @param typed what was typed, without separators
	 * @return the canonical symbols, or null when a character is not in the alphabet
	 */
	public static String canonical(String typed) {
		String upper = typed.toUpperCase(Locale.ROOT);
		StringBuilder symbols = new StringBuilder(upper.length());
		for (int i = 0; i < upper.length(); i++) {
			char c = upper.charAt(i);
			char symbol = switch (c) {
				case 'O' -> '0';
				case 'I', 'L' -> '1';
				default -> c;
			};
			if (ALPHABET.indexOf(symbol) < 0) {
				return null;
			}
			symbols.append(symbol);
		}
		return symbols.toString();
	}

}
