package org.sujarit.anonymizer.redaction;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Writes a Thai word in Latin letters after the Royal Thai General System (RTGS), giving
 * every reading the spelling allows.
 * <p>
 * Thai script does not write every vowel: between two consonants there may be an
 * unwritten "o" closing a syllable (สม = som) or an unwritten "a" opening the next one
 * (สุรชัย = su-ra-chai), and a consonant may close one syllable and open the next as well
 * (รัตนา = rat-ta-na). Which one a name uses cannot be told from the letters, so the
 * romaniser follows each of them and returns all readings (up to a bound); a name in
 * Latin letters is the reporter's when it sounds like any of them ({@link PhoneticKey}).
 * <p>
 * Handled: leading vowels (เ แ โ ใ ไ) and the compound vowels built with them (เ-ีย,
 * เ-ือ, เ-า, เ-อ, เ-ิ), ั, -ัว, -ำ, ออ, consonant clusters (กร, คล, ปร, พร ...; ทร = s,
 * silent ร after ศ ส จ ซ), silent ห and อ before a low consonant, รร, letters silenced by
 * ์ (with their vowel: ศักดิ์ = sak, จันทร์ = chan), tone marks (no letters of their
 * own).
 */
final class ThaiRomanizer {

	// enough for the readings of a long name; the first ones are the likeliest
	private static final int MAX_READINGS = 48;

	private static final String INITIALS = "k|kh|kh|kh|kh|kh|ng|ch|ch|ch|s|ch|y|d|t|th|th|th|n|d|t|th|th|th|n|b|p|ph|f|ph|f|ph|m|y|r|rue|l|lue|w|s|s|s|h|l||h";

	private static final String FINALS = "k|k|k|k|k|k|ng|t|t|t|t|t|n|t|t|t|t|t|n|t|t|t|t|t|n|p|p|p|p|p|p|p|m|i|n|rue|n|lue|o|t|t|t||n||";

	private static final String[] INITIAL = INITIALS.split("\\|", -1);

	private static final String[] FINAL = FINALS.split("\\|", -1);

	private ThaiRomanizer() {
	}

	/**
	 * Every reading of a Thai word in RTGS spelling.
	 * @param word one word, Thai letters (anything else is skipped)
	 * @return the readings, the likeliest first; empty for a word without Thai letters
	 */
	static Set<String> readings(String word) {
		Set<String> readings = new LinkedHashSet<>();
		String letters = prepare(word, true);
		if (!letters.isEmpty()) {
			new Walk(letters, readings, MAX_READINGS).syllable(0, new StringBuilder());
		}
		// passport spellings often keep the silent letters: สวัสดิ์ = Sawasdi
		String spelled = prepare(word, false);
		if (!spelled.equals(letters)) {
			new Walk(spelled, readings, readings.size() + MAX_READINGS / 2).syllable(0, new StringBuilder());
		}
		return readings;
	}

	/**
	 * Drops tone marks, repetition marks and the letters ์ silences, and writes แ and ำ
	 * typed as two characters as one.
	 */
	private static String prepare(String word, boolean silence) {
		String composed = IdentityPatterns.composeThai(word);
		StringBuilder out = new StringBuilder(composed.length());
		for (int i = 0; i < composed.length(); i++) {
			char c = composed.charAt(i);
			if (c == '\u0E4C') {
				if (silence) {
					silenceBefore(out);
				}
			}
			else if (ThaiText.isThai(c) && !(c >= '\u0E48' && c <= '\u0E4B') && c != '\u0E46' && c != '\u0E3A'
					&& c != '\u0E4D') {
				out.append(c);
			}
		}
		return out.toString();
	}

	private static void silenceBefore(StringBuilder out) {
		int end = out.length();
		if (end > 0 && (out.charAt(end - 1) == 'ิ' || out.charAt(end - 1) == 'ุ')) {
			end--;
		}
		if (end > 0 && isConsonant(out.charAt(end - 1))) {
			char silenced = out.charAt(end - 1);
			end--;
			// ทร์ in จันทร์, ตร์ in ศาสตร์: both letters are silent
			if (silenced == 'ร' && end > 1 && isConsonant(out.charAt(end - 1)) && isConsonant(out.charAt(end - 2))) {
				end--;
			}
		}
		out.setLength(end);
	}

	static boolean isConsonant(char c) {
		return c >= 'ก' && c <= 'ฮ' && c != 'ฤ' && c != 'ฦ';
	}

	/**
	 * The {@link PhoneticKey} class of a consonant opening a syllable: ก → K, ช → C, อ →
	 * the vowel after it.
	 * @param c a Thai consonant
	 * @return the first character of the key of a syllable it opens
	 */
	static char onsetSound(char c) {
		return PhoneticKey.of(initial(c) + "a").charAt(0);
	}

	private static boolean isFollowingVowel(char c) {
		return (c >= '\u0E30' && c <= '\u0E39') || c == '\u0E47' || c == '\u0E45';
	}

	private static boolean isLeadingVowel(char c) {
		return c >= '\u0E40' && c <= '\u0E44';
	}

	private static String initial(char c) {
		if (c == 'ฤ') {
			return "rue";
		}
		if (c == 'ฦ') {
			return "lue";
		}
		return INITIAL[c - 'ก'];
	}

	private static String finalSound(char c) {
		return FINAL[c - 'ก'];
	}

	/**
	 * Whether two consonants can open a syllable together: กร ขร คร ตร ปร พร บร (and ทร,
	 * ศร, สร, จร, ซร, in which ร is silent or changes the sound), กล ขล คล ปล ผล พล บล,
	 * กว ขว คว.
	 */
	private static boolean isCluster(char first, char second) {
		return switch (second) {
			case 'ร' -> "กขคตปพบทศสจซด".indexOf(first) >= 0;
			case 'ล' -> "กขคปผพบ".indexOf(first) >= 0;
			case 'ว' -> "กขค".indexOf(first) >= 0;
			default -> false;
		};
	}

	private static boolean isLowSonorant(char c) {
		return "งญนมยรลว".indexOf(c) >= 0;
	}

	/**
	 * One depth-first walk over the readings of a prepared word.
	 */
	private static final class Walk {

		private final String s;

		private final Set<String> readings;

		private final int limit;

		Walk(String s, Set<String> readings, int limit) {
			this.s = s;
			this.readings = readings;
			this.limit = limit;
		}

		private char at(int i) {
			return (i < this.s.length()) ? this.s.charAt(i) : '\0';
		}

		void syllable(int i, StringBuilder sb) {
			syllable(i, sb, (char) 0);
		}

		/**
		 * Reads from {@code i}; {@code carriedLead} is a leading vowel written before the
		 * previous consonant that belongs to this syllable (เสถียร = sa-thian).
		 */
		private void syllable(int i, StringBuilder sb, char carriedLead) {
			if (this.readings.size() >= this.limit) {
				return;
			}
			int length = this.s.length();
			if (i >= length) {
				this.readings.add(sb.toString());
				return;
			}
			int mark = sb.length();
			char lead = carriedLead;
			int j = i;
			if (lead == 0 && isLeadingVowel(at(j))) {
				lead = at(j);
				j++;
			}
			char c = at(j);
			if (c == 'ฤ' || c == 'ฦ') {
				sb.append(initial(c));
				syllable(j + 1, sb);
				sb.setLength(mark);
				return;
			}
			if (!isConsonant(c)) {
				// a stray vowel: skip it
				syllable(j + 1, sb);
				return;
			}
			String onset = initial(c);
			j++;
			char next = at(j);
			if (lead != 0 && carriedLead == 0 && isConsonant(next) && j + 1 < length) {
				// the leading vowel may belong to the second consonant, the first one
				// taking an unwritten a: เสถียร = sa-thian, เฉลิม = cha-loem
				sb.append(onset).append('a');
				syllable(j, sb, lead);
				sb.setLength(mark);
			}
			if ((c == 'ห' && isLowSonorant(next) && j < length) || (c == 'อ' && next == 'ย')) {
				onset = initial(next);
				j++;
				next = at(j);
			}
			else if (isCluster(c, next)
					&& (lead != 0 && (j + 1 < length || lead == 'ไ' || lead == 'ใ') || isFollowingVowel(at(j + 1)))
					&& at(j + 1) != 'ร') {
				if (!isFollowingVowel(at(j + 1))) {
					// under a leading vowel the second letter may also close the
					// syllable:
					// แก้ว = kaeo, not kwae
					sb.append(onset);
					vowel(lead, j, sb);
					sb.setLength(mark);
				}
				if (next == 'ร' && "ศสจซ".indexOf(c) >= 0) {
					// ศรี = si: the ร is silent
				}
				else if (next == 'ร' && c == 'ท') {
					onset = "s";
				}
				else {
					onset = onset + ((next == 'ร') ? "r" : (next == 'ล') ? "l" : "w");
				}
				j++;
				next = at(j);
			}
			sb.append(onset);
			vowel(lead, j, sb);
			sb.setLength(mark);
		}

		private void vowel(char lead, int j, StringBuilder sb) {
			int mark = sb.length();
			if (lead == 0) {
				vowelWithoutLead(j, sb);
			}
			else {
				vowelWithLead(lead, j, sb);
			}
			sb.setLength(mark);
		}

		private void vowelWithoutLead(int j, StringBuilder sb) {
			char v = at(j);
			int mark = sb.length();
			if (v == 'ร' && at(j + 1) == 'ร') {
				// รร: "a", closed by the next consonant or by n
				sb.append('a');
				if (isConsonant(at(j + 2)) && !isFollowingVowel(at(j + 3))) {
					sb.append(finalSound(at(j + 2)));
					syllable(j + 3, sb);
					sb.setLength(mark + 1);
				}
				sb.append('n');
				syllable(j + 2, sb);
				sb.setLength(mark);
				return;
			}
			switch (v) {
				case 'ะ' -> open(sb, "a", j + 1);
				case 'ั' -> {
					if (at(j + 1) == 'ว') {
						closable(sb, "ua", j + 2, false);
					}
					else {
						closable(sb, "a", j + 1, true);
					}
				}
				case 'า' -> closable(sb, "a", j + 1, false);
				case 'ำ' -> open(sb, "am", j + 1);
				case 'ิ' -> closable(sb, "i", j + 1, true);
				case 'ี' -> closable(sb, "i", j + 1, false);
				case 'ึ' -> closable(sb, "ue", j + 1, false);
				case 'ื' -> closable(sb, "ue", (at(j + 1) == 'อ') ? j + 2 : j + 1, false);
				case 'ุ' -> closable(sb, "u", j + 1, true);
				case 'ู' -> closable(sb, "u", j + 1, false);
				case '็' -> closable(sb, "o", j + 1, true);
				default -> implicitVowel(j, sb);
			}
		}

		private void implicitVowel(int j, StringBuilder sb) {
			char v = at(j);
			int mark = sb.length();
			if (v == 'อ' && !isFollowingVowel(at(j + 1))) {
				closable(sb, "o", j + 1, false);
				return;
			}
			if (v == 'ว' && isConsonant(at(j + 1)) && !isFollowingVowel(at(j + 1))) {
				closable(sb, "ua", j + 1, false);
			}
			if (isConsonant(v) && !isFollowingVowel(at(j + 1)) && !isLeadingVowel(at(j))) {
				// closed by the next consonant with an unwritten o: สม = som
				sb.append('o').append(finalSound(v));
				syllable(j + 1, sb);
				sb.setLength(mark);
			}
			// an unwritten a, the next consonant opening the next syllable: สุรชัย
			sb.append('a');
			syllable(j, sb);
			sb.setLength(mark);
		}

		private void vowelWithLead(char lead, int j, StringBuilder sb) {
			char v = at(j);
			switch (lead) {
				case 'เ' -> {
					if (v == 'ี' && at(j + 1) == 'ย') {
						closable(sb, "ia", j + 2, false);
					}
					else if (v == 'ื' && at(j + 1) == 'อ') {
						closable(sb, "uea", j + 2, false);
					}
					else if (v == 'า' && at(j + 1) == 'ะ') {
						open(sb, "o", j + 2);
					}
					else if (v == 'า') {
						open(sb, "ao", j + 1);
					}
					else if (v == 'อ') {
						closable(sb, "oe", j + 1, false);
					}
					else if (v == 'ิ') {
						closable(sb, "oe", j + 1, true);
					}
					else if (v == 'ะ') {
						open(sb, "e", j + 1);
					}
					else if (v == 'ย' && !isFollowingVowel(at(j + 1))) {
						open(sb, "oei", j + 1);
					}
					else if (v == '็') {
						closable(sb, "e", j + 1, true);
					}
					else {
						closable(sb, "e", j, false);
					}
				}
				case 'แ' -> closable(sb, "ae", (v == 'ะ' || v == '็') ? j + 1 : j, false);
				case 'โ' -> closable(sb, "o", (v == 'ะ') ? j + 1 : j, false);
				default -> {
					// ใ ไ: "ai"; the ย of ไทย is silent
					int end = (v == 'ย' && !isFollowingVowel(at(j + 1))) ? j + 1 : j;
					open(sb, "ai", end);
					if (end != j) {
						open(sb, "ai", j);
					}
				}
			}
		}

		private void open(StringBuilder sb, String vowel, int next) {
			int mark = sb.length();
			sb.append(vowel);
			syllable(next, sb);
			sb.setLength(mark);
		}

		/**
		 * A vowel that a following consonant may close. A consonant followed by a vowel
		 * sign opens the next syllable instead; after a short vowel (ั ิ ุ) it may do
		 * both (รัตนา = rat-ta-na).
		 */
		private void closable(StringBuilder sb, String vowel, int j, boolean shortVowel) {
			int mark = sb.length();
			sb.append(vowel);
			char c = at(j);
			boolean canClose = isConsonant(c) && !isFollowingVowel(at(j + 1));
			if (canClose) {
				int vowelEnd = sb.length();
				sb.append(finalSound(c));
				syllable(j + 1, sb);
				if (shortVowel && j + 1 < this.s.length()) {
					syllable(j, sb);
				}
				sb.setLength(vowelEnd);
			}
			// ั and ็ are always closed by a consonant
			if (!canClose || !shortVowel || !(vowel.equals("a") || vowel.equals("e") || vowel.equals("o"))) {
				syllable(j, sb);
			}
			sb.setLength(mark);
		}

	}

}
