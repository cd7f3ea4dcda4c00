package org.sujarit.anonymizer.redaction;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One part of the reporter's name (first or family name, in all the ways the form value
 * can be read) as the sound keys of its words, to find it written in Latin letters: a
 * Thai name through every RTGS reading of it ({@link ThaiRomanizer}), a Latin one as it
 * is spelled.
 */
final class LatinName {

	// titles written right before a name with only a dot: "Mr.Somchai"
	private static final Pattern TITLE_WORD = Pattern.compile("(?:mrs|mr|ms|miss|dr|khun)");

	// a word this short in sounds ("Som") is a syllable of too many other words
	private static final int MIN_WORD_KEY = 4;

	// per way of writing the name: per word, the keys of its readings
	private final List<List<Set<String>>> variants;

	// the keys of the words the form holds in Latin letters, to find them written in Thai
	private final Set<String> latinWordKeys;

	private LatinName(List<List<Set<String>>> variants, Set<String> latinWordKeys) {
		this.variants = variants;
		this.latinWordKeys = latinWordKeys;
	}

	/**
	 * The keys of a name part.
	 * @param values the ways the form value is written, normalised
	 * @return the name part
	 */
	static LatinName of(List<String> values) {
		List<List<Set<String>>> variants = new ArrayList<>();
		Set<String> latinWordKeys = new HashSet<>();
		for (String value : values) {
			List<Set<String>> words = new ArrayList<>();
			for (String word : value.split(" +")) {
				Set<String> keys = new HashSet<>();
				if (word.chars().anyMatch((c) -> ThaiText.isThai((char) c))) {
					for (String reading : ThaiRomanizer.readings(word)) {
						addKey(keys, reading);
					}
				}
				else {
					addKey(keys, word);
					keys.stream().filter((key) -> key.length() >= MIN_WORD_KEY).forEach(latinWordKeys::add);
				}
				if (!keys.isEmpty()) {
					words.add(keys);
				}
			}
			if (!words.isEmpty()) {
				variants.add(words);
			}
		}
		return new LatinName(variants, latinWordKeys);
	}

	private static void addKey(Set<String> keys, String latin) {
		String key = PhoneticKey.of(latin);
		// a key of one or two sounds ("Ko") would match too many words
		if (key.length() >= 2) {
			keys.add(key);
		}
	}

	boolean isEmpty() {
		return this.variants.isEmpty();
	}

	/**
	 * How many tokens from {@code at} spell this name part, the longest way it matches.
	 * @param keys the keys of the tokens
	 * @param tokens the tokens
	 * @param text the normalised text
	 * @param at the first token
	 * @return the number of tokens, 0 when it does not match there
	 */
	int matchAt(String[] keys, List<int[]> tokens, String text, int at) {
		int best = 0;
		for (List<Set<String>> words : this.variants) {
			if (words.size() <= best || at + words.size() > tokens.size()) {
				continue;
			}
			boolean matches = true;
			for (int w = 0; w < words.size() && matches; w++) {
				int t = at + w;
				matches = (w == 0 || adjacent(text, tokens.get(t - 1), tokens.get(t)))
						&& matchesAny(keys[t], words.get(w));
			}
			if (matches) {
				best = words.size();
			}
		}
		return best;
	}

	/**
	 * Whether a run of Latin letters (a word of an e-mail user name, say) is one word of
	 * this name, long enough to be specific.
	 * @param letters the letters
	 * @return whether it sounds like a word of the name
	 */
	boolean isWord(String letters) {
		String key = PhoneticKey.of(letters);
		if (key.length() < MIN_WORD_KEY) {
			return false;
		}
		for (List<Set<String>> words : this.variants) {
			for (Set<String> keys : words) {
				if (matchesAny(key, keys)) {
					return true;
				}
			}
		}
		return false;
	}

	/**
	 * Finds the words the form holds in Latin letters written in Thai in a normalised
	 * text: every stretch of Thai letters that starts and ends on a syllable boundary and
	 * one of whose readings sounds like such a word ("Somchai" in the form, "สมชาย" in
	 * the text).
	 * @param text the normalised text
	 * @param found receives start and end of each finding
	 */
	void findInThai(String text, List<int[]> found) {
		if (this.latinWordKeys.isEmpty()) {
			return;
		}
		int length = text.length();
		int i = 0;
		while (i < length) {
			int end = thaiMatchAt(text, i);
			if (end > i) {
				found.add(new int[] { i, end });
				i = end;
			}
			else {
				i++;
			}
		}
	}

	private int thaiMatchAt(String text, int start) {
		char c = text.charAt(start);
		boolean lead = c >= '\u0E40' && c <= '\u0E44';
		if (!(lead || ThaiRomanizer.isConsonant(c)) || (start > 0 && ThaiText.isLeadingVowel(text.charAt(start - 1)))) {
			return -1;
		}
		char onset = lead ? ((start + 1 < text.length()) ? text.charAt(start + 1) : ' ') : c;
		if (!ThaiRomanizer.isConsonant(onset)) {
			return -1;
		}
		char sound = ThaiRomanizer.onsetSound(onset);
		for (String key : this.latinWordKeys) {
			if (key.charAt(0) != sound) {
				continue;
			}
			int consonants = 0;
			for (int k = 0; k < key.length(); k++) {
				consonants += Character.isUpperCase(key.charAt(k)) ? 1 : 0;
			}
			int letters = 0;
			int best = -1;
			for (int end = start + 1; end <= text.length() && end - start <= 4 * key.length(); end++) {
				char last = text.charAt(end - 1);
				if (!ThaiText.isThai(last)) {
					break;
				}
				// อ carries a vowel, no consonant sound
				letters += (ThaiRomanizer.isConsonant(last) && last != 'อ') ? 1 : 0;
				boolean boundary = end == text.length() || !ThaiText.isSyllableContinuation(text.charAt(end));
				if (!boundary || ThaiText.isLeadingVowel(last) || letters < consonants - 1
						|| letters > consonants + 3) {
					continue;
				}
				for (String reading : ThaiRomanizer.readings(text.substring(start, end))) {
					if (PhoneticKey.close(PhoneticKey.of(reading), key)) {
						best = end;
						break;
					}
				}
			}
			if (best > 0) {
				return best;
			}
		}
		return -1;
	}

	/**
	 * Whether a key is one edit further from a word of this name than
	 * {@link PhoneticKey#close} allows: a spelling too far off to count as the name, yet
	 * too near to count as another.
	 * @param key a token's key
	 * @return whether it loosely sounds like a word of the name
	 */
	boolean soundsLoosely(String key) {
		for (List<Set<String>> words : this.variants) {
			for (Set<String> keys : words) {
				for (String candidate : keys) {
					int shorter = Math.min(key.length(), candidate.length());
					int limit = (shorter >= 8) ? 3 : (shorter >= 4) ? 2 : 1;
					if (PhoneticKey.distance(key, candidate, limit) <= limit) {
						return true;
					}
				}
			}
		}
		return false;
	}

	private static boolean matchesAny(String key, Set<String> keys) {
		if (key.length() < 2) {
			return false;
		}
		if (keys.contains(key)) {
			return true;
		}
		for (String candidate : keys) {
			if (PhoneticKey.close(key, candidate)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The words of Latin letters in a normalised text that can be a name: not part of an
	 * e-mail address, a user name or a code (letters next to {@code @}, {@code _},
	 * digits, or a dot or dash inside a token). Letters split only by invisible
	 * characters ("Som\u200Bchai") are one word.
	 * @param original the text as written
	 * @param text the normalised text
	 * @return start and end of each word
	 */
	static List<int[]> tokens(String original, String text) {
		List<int[]> tokens = new ArrayList<>();
		int length = text.length();
		int i = 0;
		while (i < length) {
			if (!isLetter(text.charAt(i))) {
				i++;
				continue;
			}
			int start = i;
			while (i < length && (isLetter(text.charAt(i)) || (ThaiText.isInvisible(original.charAt(i))
					&& i + 1 < length && i > start && isLetterOrInvisible(original, text, i + 1)))) {
				i++;
			}
			if (i - start >= 2 && !glued(text, start, i)) {
				tokens.add(new int[] { start, i });
			}
		}
		return tokens;
	}

	private static boolean isLetterOrInvisible(String original, String text, int at) {
		int i = at;
		while (i < text.length() && ThaiText.isInvisible(original.charAt(i))) {
			i++;
		}
		return i < text.length() && isLetter(text.charAt(i));
	}

	private static boolean glued(String text, int start, int end) {
		char before = (start > 0) ? text.charAt(start - 1) : ' ';
		char after = (end < text.length()) ? text.charAt(end) : ' ';
		char beyondAfter = (end + 1 < text.length()) ? text.charAt(end + 1) : ' ';
		if (before == '@' || before == '_' || ThaiText.isAsciiDigit(before) || after == '@' || after == '_'
				|| ThaiText.isAsciiDigit(after)) {
			return true;
		}
		if ((after == '.' || after == '-') && (isLetter(beyondAfter) || ThaiText.isAsciiDigit(beyondAfter))) {
			return true;
		}
		if ((before == '.' || before == '-') && start > 1) {
			char beyondBefore = text.charAt(start - 2);
			if (ThaiText.isAsciiDigit(beyondBefore)) {
				return true;
			}
			if (isLetter(beyondBefore)) {
				int wordStart = start - 2;
				while (wordStart > 0 && isLetter(text.charAt(wordStart - 1))) {
					wordStart--;
				}
				return !TITLE_WORD.matcher(text.substring(wordStart, start - 1)).matches();
			}
		}
		return false;
	}

	/**
	 * Whether only blanks stand between two tokens.
	 * @param text the normalised text
	 * @param first the earlier token
	 * @param second the later token
	 * @return whether they are neighbours
	 */
	static boolean adjacent(String text, int[] first, int[] second) {
		if (second[0] == first[1]) {
			return false;
		}
		for (int i = first[1]; i < second[0]; i++) {
			if (!ThaiText.isBlankChar(text.charAt(i))) {
				return false;
			}
		}
		return true;
	}

	private static boolean isLetter(char c) {
		return c >= 'a' && c <= 'z';
	}

}
