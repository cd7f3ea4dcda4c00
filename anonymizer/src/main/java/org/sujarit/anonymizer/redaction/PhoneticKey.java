package org.sujarit.anonymizer.redaction;

/**
 * A sound key of a Thai name written in Latin letters, the same for the spellings people
 * use for one name: the Royal Thai General System ("Chaidi", "Phongsak", "Kaeo",
 * "Somphon") and the everyday passport spellings ("Jaidee", "Pongsak", "Kaew",
 * "Somporn").
 * <p>
 * Consonants fold into classes (j, ch, c, sh; k, kh, g; t, th, d, dh; p, ph, b, bh; v,
 * w); a consonant that closes a syllable takes the sound Thai gives it there (s, ch, j →
 * t; l → n), an r after a vowel that closes a syllable is a length mark and goes ("Porn",
 * "Charn"); vowels fold too (ee, ii → i; oo, ou → u; ae → e; oe, er → e; a doubled vowel
 * is the vowel), y and w after a vowel are vowels (ay = ai, aw = ao). Keys are compared
 * with {@link #close}, which allows one or two edits by length for the spellings the
 * folding does not cover (Watthana / Watana, Mungmee / Mangmi).
 * <p>
 * Consonant classes are upper-case letters, vowels lower-case, so a key is a string.
 */
final class PhoneticKey {

	private PhoneticKey() {
	}

	/**
	 * The key of one Latin word.
	 * @param word the word, letters a-z in any case; other characters are skipped
	 * @return its key, empty for a word without letters
	 */
	static String of(CharSequence word) {
		String w = lettersOf(word);
		int n = w.length();
		// pass 1: phonemes
		StringBuilder phonemes = new StringBuilder(n);
		int i = 0;
		while (i < n) {
			char c = w.charAt(i);
			char next = (i + 1 < n) ? w.charAt(i + 1) : '\0';
			char afterNext = (i + 2 < n) ? w.charAt(i + 2) : '\0';
			boolean afterVowel = phonemes.length() > 0 && isVowelKey(phonemes.charAt(phonemes.length() - 1));
			if (isVowel(c)) {
				phonemes.append(c);
				i++;
				continue;
			}
			if (c == 't' && next == 'c' && afterNext == 'h') {
				phonemes.append('C');
				i += 3;
				continue;
			}
			if (next == 'h' && (c == 'c' || c == 's')) {
				phonemes.append('C');
				i += 2;
				continue;
			}
			if (next == 'h' && (c == 'k' || c == 'g' || c == 'p' || c == 'b' || c == 't' || c == 'd')) {
				phonemes.append(consonantClass(c));
				i += 2;
				continue;
			}
			if (c == 'n' && next == 'g') {
				phonemes.append('G');
				i += 2;
				continue;
			}
			boolean beforeVowel = isVowel(next) || (next == 'y' && isVowel(afterNext));
			if ((c == 'y' || c == 'w') && afterVowel && !isVowel(next)) {
				phonemes.append((c == 'y') ? 'i' : 'o');
				i++;
				continue;
			}
			if (c == 'r' && afterVowel && !beforeVowel) {
				// "Porn", "Sirikorn", "Charn", "Prasert": the r only lengthens the vowel
				i++;
				continue;
			}
			if (c == 'h' && afterVowel && !beforeVowel) {
				i++;
				continue;
			}
			if (c == 'x') {
				phonemes.append("KS");
				i++;
				continue;
			}
			phonemes.append(consonantClass(c));
			i++;
		}
		// pass 2: closing consonants, vowel folding, doubled sounds
		StringBuilder key = new StringBuilder(phonemes.length());
		int p = 0;
		int length = phonemes.length();
		while (p < length) {
			char c = phonemes.charAt(p);
			if (isVowelKey(c)) {
				int end = p;
				while (end < length && isVowelKey(phonemes.charAt(end))) {
					end++;
				}
				appendDeduplicated(key, foldVowels(phonemes.substring(p, end)));
				p = end;
				continue;
			}
			boolean closing = p > 0 && isVowelKey(phonemes.charAt(p - 1))
					&& (p + 1 == length || !isVowelKey(phonemes.charAt(p + 1)));
			char sound = closing ? closingSound(c) : c;
			if (sound != 0) {
				appendDeduplicated(key, String.valueOf(sound));
			}
			p++;
		}
		return key.toString();
	}

	/**
	 * Whether two keys stand for the same name: equal, or at most one edit apart when the
	 * shorter has at least four sounds, two when it has at least eight.
	 * @param a a key
	 * @param b another key
	 * @return whether they match
	 */
	static boolean close(String a, String b) {
		if (a.equals(b)) {
			return true;
		}
		int shorter = Math.min(a.length(), b.length());
		int allowed = (shorter >= 8) ? 2 : (shorter >= 4) ? 1 : 0;
		if (allowed == 0 || Math.abs(a.length() - b.length()) > allowed || a.charAt(0) != b.charAt(0)) {
			return false;
		}
		return distance(a, b, allowed) <= allowed;
	}

	/**
	 * The edit distance of two keys, or a number above {@code limit} once it is sure to
	 * exceed it.
	 * @param a a key
	 * @param b another key
	 * @param limit the largest distance of interest
	 * @return the distance, exact up to {@code limit}
	 */
	static int distance(String a, String b, int limit) {
		int[] previous = new int[b.length() + 1];
		int[] current = new int[b.length() + 1];
		for (int j = 0; j <= b.length(); j++) {
			previous[j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			current[0] = i;
			int rowMin = current[0];
			for (int j = 1; j <= b.length(); j++) {
				int cost = (a.charAt(i - 1) == b.charAt(j - 1)) ? 0 : 1;
				current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
				rowMin = Math.min(rowMin, current[j]);
			}
			if (rowMin > limit) {
				return rowMin;
			}
			int[] swap = previous;
			previous = current;
			current = swap;
		}
		return previous[b.length()];
	}

	private static String lettersOf(CharSequence word) {
		StringBuilder letters = new StringBuilder(word.length());
		for (int i = 0; i < word.length(); i++) {
			char c = word.charAt(i);
			if (c >= 'A' && c <= 'Z') {
				letters.append((char) (c + ('a' - 'A')));
			}
			else if (c >= 'a' && c <= 'z') {
				letters.append(c);
			}
		}
		return letters.toString();
	}

	private static String foldVowels(String vowels) {
		String v = vowels.replace("ee", "i")
			.replace("ii", "i")
			.replace("oo", "u")
			.replace("ou", "u")
			.replace("eu", "u")
			.replace("ue", "u")
			.replace("ae", "e")
			.replace("oe", "e")
			.replace("ie", "ia")
			.replace("au", "ao");
		StringBuilder folded = new StringBuilder(v.length());
		appendDeduplicated(folded, v);
		return folded.toString();
	}

	private static void appendDeduplicated(StringBuilder key, String sounds) {
		for (int i = 0; i < sounds.length(); i++) {
			char c = sounds.charAt(i);
			if (key.length() == 0 || key.charAt(key.length() - 1) != c) {
				key.append(c);
			}
		}
	}

	private static char consonantClass(char c) {
		switch (c) {
			case 'c', 'j', 'z' -> {
				return (c == 'z') ? 'S' : 'C';
			}
			case 'k', 'g', 'q' -> {
				return 'K';
			}
			case 't', 'd' -> {
				return 'T';
			}
			case 'p', 'b' -> {
				return 'P';
			}
			case 'v', 'w' -> {
				return 'W';
			}
			default -> {
				return Character.toUpperCase(c);
			}
		}
	}

	/**
	 * The sound Thai gives a consonant that closes a syllable, 0 when it is silent.
	 */
	private static char closingSound(char c) {
		switch (c) {
			case 'C', 'S', 'T' -> {
				return 'T';
			}
			case 'F', 'P' -> {
				return 'P';
			}
			case 'L', 'R' -> {
				return 'N';
			}
			case 'H' -> {
				return 0;
			}
			default -> {
				return c;
			}
		}
	}

	private static boolean isVowel(char c) {
		return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
	}

	private static boolean isVowelKey(char c) {
		return c >= 'a' && c <= 'z';
	}

}
