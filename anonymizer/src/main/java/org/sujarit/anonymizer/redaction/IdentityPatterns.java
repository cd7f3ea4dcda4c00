package org.sujarit.anonymizer.redaction;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Regular expressions for the shapes of Thai identifiers. All of them run on
 * {@linkplain ThaiText#normalize normalised} text: ASCII digits, lower case, every blank
 * a plain space.
 */
final class IdentityPatterns {

	private static final String THAI = "\\u0E01-\\u0E4E";

	private static final char SARA_AE = 'แ';

	private static final char SARA_AM = 'ำ';

	// nikhahit + sara aa, a tone mark before or between them: ำ typed as two characters
	private static final Pattern DECOMPOSED_SARA_AM = Pattern
		.compile("([\\u0E48-\\u0E4B]?)\\u0E4D([\\u0E48-\\u0E4B]?)\\u0E32");

	// Titles that may follow any word, because Thai writes them glued to the previous one
	// ("ผู้ใหญ่บ้านนายสมชาย", "ชื่อป้าสมศรี"). "คุณ" is no title after "ขอบ" (ขอบคุณ).
	private static final String[] CORE_TITLES = { "นางสาว", "น\\. ?ส\\.", "นส\\.", "นาง", "นาย", "(?<!ขอบ)คุณ", "พี่",
			"น้อง", "เด็กชาย", "เด็กหญิง", "ด\\. ?ช\\.", "ด\\. ?ญ\\.", "ว่าที่", "ท่าน", "ร้อยตำรวจ(?:ตรี|โท|เอก)",
			"พันตำรวจ(?:ตรี|โท|เอก)", "ดาบตำรวจ", "จ่าสิบ(?:ตรี|โท|เอก)", "สิบ(?:ตรี|โท|เอก)", "ร้อย(?:ตรี|โท|เอก)",
			"พัน(?:ตรี|โท|เอก)", "พลทหาร", "อาจารย์", "ผู้ใหญ่", "กำนัน", "ลุง", "ป้า", "ยาย", "ปู่", "แม่", "พ่อ",
			"เจ๊", "เฮีย", "ครู", "หมอ" };

	// These end ordinary words (เอา, ดวงตา, หน้า, ...), so they only count at a word
	// start or right after a core title ("คุณอา").
	private static final String[] LOOSE_TITLES = { "อา", "ตา", "น้า", "ย่า" };

	// Dotted abbreviations: น.ส., ดร., ผศ.ดร., ร.ต.อ., พล.อ., นพ. ... At most two letters
	// before each dot, so unit names such as อบต. or กทม. are not taken for titles.
	private static final String ABBREVIATED_TITLE = "(?:[\\u0E01-\\u0E2E]{1,2}\\. ?){1,4}";

	private static final String ENGLISH_TITLE = "(?<![a-z])(?:mrs|mr|ms|miss|dr|khun)\\.?";

	private static final String TITLE = "(?:" + String.join("|", CORE_TITLES) + "|(?:(?<![" + THAI
			+ "])|(?<=คุณ|พี่|น้อง|ว่าที่))(?:" + String.join("|", LOOSE_TITLES) + "|" + ABBREVIATED_TITLE + ")|"
			+ ENGLISH_TITLE + ")";

	/**
	 * Up to three titles in a row ("คุณป้า", "ว่าที่ ร.ต."), each followed by optional
	 * blanks, ending where the region ends: run it on the stretch right before a name,
	 * with transparent bounds so the look-behinds see the text before that stretch.
	 */
	static final Pattern TITLES_BEFORE = Pattern.compile("(?:" + TITLE + " *){1,3}$");

	/**
	 * How far before a name {@link #TITLES_BEFORE} looks.
	 */
	static final int TITLES_MAX_LENGTH = 60;

	/**
	 * Words with which reporters introduce themselves, written right before their name,
	 * often without a space: "ผมนก", "ดิฉันแดง", "ชื่อนก". After one of these even a
	 * short name glued to the next word is the name ("ผมนกแจ้งว่า"). They are not part of
	 * the name and stay in the text.
	 */
	static final Pattern SELF_REFERENCE_BEFORE = Pattern
		.compile("(?:ผม|กระผม|ดิฉัน|ดิชั้น|ฉัน|ข้าพเจ้า|หนู|เรา|ชื่อ|ชื่อเล่น|นามว่า|ลงชื่อ|ผู้แจ้ง)[ :]*$");

	/**
	 * How far before a name {@link #SELF_REFERENCE_BEFORE} looks.
	 */
	static final int SELF_REFERENCE_MAX_LENGTH = 12;

	/**
	 * A word ending in a name glued to a title, such as "นายสมศักดิ์" or
	 * "ผู้ถูกร้องคือนายสมศักดิ์"; the name is in group {@code name}. Run it with
	 * transparent bounds on the stretch of Thai letters before a family name.
	 */
	static final Pattern TITLED_WORD_END = Pattern.compile(TITLE + " *(?<name>[" + THAI + "]{2,})$");

	// Words that follow a name but are no family name: particles, verbs and nouns a
	// sentence goes on with ("นายสมชาย ได้รับเงิน", "สมชาย แจ้งว่า", "สมชาย ผู้แจ้ง").
	private static final Pattern NOT_A_FAMILY_NAME = Pattern
		.compile("(?:ได้|เป็น|ที่|ซึ่ง|และ|กับ|ให้|ไม่|ก็|จึง|ว่า|มา|ไป|ขอ"
				+ "|แจ้ง|ร้อง|เคย|ยัง|จะ|คือ|นั้น|นี้|ด้วย|เอง|เพราะ|แต่|หรือ|โทร|เบอร์|อีเมล|ไลน์|บ้าน|อยู่|อายุ|ตำแหน่ง|เมื่อ"
				+ "|ใน|จาก|ถึง|เพื่อ|โดย|ขณะ|เห็น|พบ|รู้|ทราบ|ถูก|เรียก|รับ|ส่ง|ทำ|สั่ง|ค่ะ|ครับ|คะ|นะ|อยาก|ต้องการ|ผู้|เจ้า|นัก"
				+ "|ปลัด|หัวหน้า|นายก|รอง|ประธาน|พนักงาน|ข้าราชการ|เลข|หมู่|ติดต่อ|ร่วม|พร้อม|จ่าย|เอา|เก็บ|ใช้|บอก|พูด|กล่าว"
				+ "|เขียน|ลง|นำ|เข้า|ออก|อ้าง|ระบุ|ชื่อ|ผม|ดิฉัน|ข้าพเจ้า|เรา|เขา|ท่าน|ตาม|แล้ว|เช่น|ซึ่ง|หาก|ถ้า|จน|ยืนยัน"
				+ "|กำลัง|คง|อาจ|น่า|ต้อง|เลย|อีก|อาศัย|พัก|ทำงาน|เกิด|ขับ|นั่ง|เดิน|โอน|ยื่น|พยายาม|รู้สึก|ยอม|ชอบ|ตอบ|ถาม|ช่วย|คิด|เชื่อ"
				+ "|กลัว|หวัง|เสีย|จ้าง|แนบ|สามารถ|ขอบคุณ|ทุจริต|โกง|กิน|นาย|นาง|คุณ)");

	// Positions and roles written after an official's name.
	private static final Pattern POSITION = Pattern.compile("(?:\\(|ปลัด|ผู้อำนวยการ|ผอ\\.|หัวหน้า|นายก|รองนายก"
			+ "|เจ้าหน้าที่|จนท\\.|เจ้าพนักงาน|นักวิชาการ|นักจัดการ|นักทรัพยากร|ตำแหน่ง|ผู้ใหญ่บ้าน|กำนัน|ประธาน|พนักงาน"
			+ "|ข้าราชการ|นายช่าง|เลขานุการ|สมาชิก|ผู้ช่วย|รอง|สารวัตร|ผู้กำกับ|ผู้จัดการ|ผู้รับเหมา|เจ้าของ|หุ้นส่วน|กรรมการ"
			+ "|ซึ่งเป็น|ที่เป็น|ผู้ถูกร้อง|ผกก|สว\\.|ครู|อาจารย์|แพทย์|พยาบาล|ช่าง|หน\\.|ผช\\.)");

	/**
	 * Whether the Thai word between {@code start} and {@code end} can be a family name:
	 * at least two letters and not a word a sentence goes on with after a name.
	 * @param text the normalised text
	 * @param start where the word starts
	 * @param end where it ends
	 * @return whether it can be a family name
	 */
	static boolean isFamilyNameLike(String text, int start, int end) {
		return end - start >= 2 && !NOT_A_FAMILY_NAME.matcher(text).region(start, end).lookingAt();
	}

	/**
	 * Whether a position or role ("ปลัด", "ผู้อำนวยการ", "(") is written at an index.
	 * @param text the normalised text
	 * @param at the index
	 * @return whether a position starts there
	 */
	static boolean isPositionAt(String text, int at) {
		return at < text.length() && POSITION.matcher(text).region(at, text.length()).lookingAt();
	}

	/**
	 * Titles at the start of a name typed into a form, such as "ว่าที่ ร.ต. สมชาย".
	 */
	static final Pattern LEADING_TITLES = Pattern.compile("^(?:" + TITLE + " *){1,3}");

	/**
	 * A title at the start of a form field such as a first name typed as "นายสมชาย".
	 */
	static final Pattern LEADING_FORMAL_TITLE = Pattern.compile(
			"^(?:นางสาว|น\\. ?ส\\.|นาง|นาย|คุณ|ดร\\.|เด็กชาย|เด็กหญิง|ด\\. ?ช\\.|ด\\. ?ญ\\.|(?:mrs|mr|ms|miss|dr)\\.? ) *");

	/**
	 * A nickname typed in parentheses into a name field: "สมชาย (ต้อม)".
	 */
	static final Pattern NICKNAME_IN_FIELD = Pattern.compile("\\(([^()]*)\\)");

	/**
	 * A nickname or alias in parentheses right after a name: "สมชาย (ต้อม)".
	 */
	static final String PARENTHESISED_NICKNAME = " *\\([" + THAI + "a-z]{1,20}\\)";

	private static final String EMAIL_AT = "(?: *(?:@|＠|\\[at\\]|\\(at\\)|แอท) *| +at +)";

	private static final String EMAIL_DOT = "(?:\\.| *(?:\\[dot\\]|\\(dot\\)|ดอท|จุด) *| +dot +)";

	/**
	 * An e-mail address, also as people spell it out to get past spam filters
	 * ({@code som [at] hotmail dot com}). It starts at a token start and never backtracks
	 * into a token, so a long run of letters costs linear time.
	 */
	static final Pattern EMAIL = Pattern.compile("(?<![a-z0-9._%+-])(?<local>[a-z0-9._%+-]++)" + EMAIL_AT
			+ "(?<domain>[a-z0-9-]++(?:" + EMAIL_DOT + "[a-z0-9-]++)+)");

	/**
	 * The dot of a domain name in any of the spellings {@link #EMAIL} accepts.
	 */
	static final Pattern EMAIL_DOMAIN_DOT = Pattern.compile(EMAIL_DOT);

	/**
	 * "บ้านเลขที่" (house number) and its short form, written before a house number.
	 */
	static final String HOUSE_NUMBER_PREFIX = "(?:บ้านเลขที่|เลขที่)";

	/**
	 * A house number at the start of an address: 171/1, 16/25, 45.
	 */
	static final Pattern LEADING_HOUSE_NUMBER = Pattern.compile("^[0-9]+(?: */ *[0-9]+)*");

	// Each row lists the ways of writing one address label.
	private static final String[][] ADDRESS_LABELS = { { "หมู่ที่", "หมู่", "ม." }, { "หมู่บ้าน", "มบ." },
			{ "ตำบล", "ต.", "แขวง" }, { "อำเภอ", "อ.", "เขต" }, { "จังหวัด", "จ." }, { "ซอย", "ซ." }, { "ถนน", "ถ." } };

	private static final List<AddressLabel> LABELS_LONGEST_FIRST;

	static {
		List<AddressLabel> labels = new ArrayList<>();
		for (String[] row : ADDRESS_LABELS) {
			String[] quoted = Arrays.stream(row)
				.sorted(Comparator.comparingInt(String::length).reversed())
				.map(Pattern::quote)
				.toArray(String[]::new);
			String regex = "(?:" + String.join("|", quoted) + ")";
			for (String label : row) {
				labels.add(new AddressLabel(label, regex));
			}
		}
		labels.sort(Comparator.comparingInt((AddressLabel label) -> label.written().length()).reversed());
		LABELS_LONGEST_FIRST = List.copyOf(labels);
	}

	// a name this short (นก, ชัย) split by a blank is two other words
	private static final int UNSPLIT_NAME_CODE_POINTS = 3;

	private IdentityPatterns() {
	}

	/**
	 * Finds the address label a part of an address starts with.
	 * @param part one part, such as "ม.7" or "ตำบล"
	 * @return the label, or null
	 */
	static AddressLabel addressLabel(String part) {
		for (AddressLabel label : LABELS_LONGEST_FIRST) {
			if (part.startsWith(label.written())) {
				return label;
			}
		}
		return null;
	}

	/**
	 * A regex for a name in which a blank may be any run of blanks and the Thai letters
	 * people type in two ways match either way: แ also as เเ (two sara e), ำ also as ํ
	 * followed by า (nikhahit and sara aa, with a tone mark before or between them). In a
	 * Thai name of more than {@value #UNSPLIT_NAME_CODE_POINTS} letters a blank (a space,
	 * or a zero-width space the editor inserted) may also stand inside a word, before any
	 * letter that is not written above or below the one before it: "สม ชาย".
	 * @param name the name, normalised and {@linkplain #composeThai composed}
	 * @param blanksRequired whether a blank in the name needs a blank in the text (Latin
	 * names) or may also be left out (Thai writes names both ways)
	 * @return the regex
	 */
	static String literal(String name, boolean blanksRequired) {
		String[] words = name.strip().split(" +");
		boolean splittable = !blanksRequired && name.codePointCount(0, name.length()) > UNSPLIT_NAME_CODE_POINTS;
		StringBuilder regex = new StringBuilder();
		for (String word : words) {
			if (regex.length() > 0) {
				regex.append(blanksRequired ? " +" : " *");
			}
			StringBuilder plain = new StringBuilder();
			for (int i = 0; i < word.length(); i++) {
				char c = word.charAt(i);
				if (splittable && i > 0 && (ThaiRomanizer.isConsonant(c) || ThaiText.isLeadingVowel(c))) {
					quote(plain, regex);
					regex.append(" {0,2}");
				}
				boolean toneBeforeSaraAm = isToneMark(c) && i + 1 < word.length() && word.charAt(i + 1) == SARA_AM;
				if (c == SARA_AE || c == SARA_AM || toneBeforeSaraAm) {
					quote(plain, regex);
				}
				if (c == SARA_AE) {
					regex.append("(?:แ|เเ)");
				}
				else if (c == SARA_AM) {
					regex.append("(?:ำ|ํา)");
				}
				else if (toneBeforeSaraAm) {
					regex.append("(?:").append(c).append("ำ|").append(c).append("ํา|ํ").append(c).append("า)");
					i++;
				}
				else {
					plain.append(c);
				}
			}
			quote(plain, regex);
		}
		return regex.toString();
	}

	private static void quote(StringBuilder plain, StringBuilder regex) {
		if (plain.length() > 0) {
			regex.append(Pattern.quote(plain.toString()));
			plain.setLength(0);
		}
	}

	/**
	 * Writes the two-character spellings of แ and ำ as the single characters, so a name
	 * typed either way into the form gives the same regex.
	 * @param name the name
	 * @return the name with composed แ and ำ
	 */
	static String composeThai(String name) {
		return DECOMPOSED_SARA_AM.matcher(name.replace("เเ", "แ")).replaceAll("$1$2ำ");
	}

	private static boolean isToneMark(char c) {
		return c >= '\u0E48' && c <= '\u0E4B';
	}

	/**
	 * An address label as written and a regex for all its spellings.
	 *
	 * @param written the label as written, such as "ม."
	 * @param regex matches "หมู่ที่", "หมู่" and "ม." alike
	 */
	record AddressLabel(String written, String regex) {

	}

}
