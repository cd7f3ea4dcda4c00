package org.sujarit.anonymizer.redaction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.sujarit.platform.events.Reporter;

/**
 * Finds one reporter's identity in a normalised narrative. Built once per redaction from
 * the form values; immutable.
 */
final class ReporterMatcher {

	// A name this short (ชัย, แดง, นก) is also a syllable of many other words and names,
	// so alone it only counts between non-Thai characters or after a title.
	private static final int SHORT_NAME_CODE_POINTS = 3;

	// Below this many digits a phone number is too unspecific to look for.
	private static final int MIN_PHONE_DIGITS = 6;

	// An e-mail user name shorter than this ("som") is too unspecific to look for alone.
	private static final int MIN_USER_NAME_LENGTH = 4;

	private final Pattern names;

	private final List<NameForm> nameForms;

	private final String phone;

	private final String nationalId;

	private final String email;

	private final String emailLocalPart;

	private final String lineId;

	// a LINE ID that is a phone number, as its significant digits
	private final String lineIdDigits;

	private final Pattern address;

	private ReporterMatcher(Reporter reporter) {
		this.nameForms = nameForms(reporter.firstName(), reporter.lastName());
		this.names = namesPattern(this.nameForms);
		this.phone = nationalSignificantNumber(reporter.phone());
		String id = ThaiText.digitsOf(reporter.nationalId());
		this.nationalId = (id.length() >= MIN_PHONE_DIGITS) ? id : null;
		String mail = blankToNull(reporter.email());
		this.email = (mail != null) ? ThaiText.normalize(mail).replace(" ", "") : null;
		int at = (this.email != null) ? this.email.lastIndexOf('@') : -1;
		this.emailLocalPart = (at > 0) ? this.email.substring(0, at) : null;
		String line = blankToNull(reporter.lineId());
		line = (line != null) ? ThaiText.normalize(line).strip().replaceFirst("^@ *", "") : null;
		this.lineId = (line != null && !line.isEmpty()) ? line : null;
		boolean numeric = this.lineId != null && this.lineId.chars()
			.allMatch((c) -> ThaiText.isAsciiDigitCode(c) || ThaiText.isDigitSeparator((char) c) || c == '+');
		this.lineIdDigits = numeric ? nationalSignificantNumber(this.lineId) : null;
		this.address = addressPattern(reporter.address());
	}

	static ReporterMatcher of(Reporter reporter) {
		return new ReporterMatcher(reporter);
	}

	/**
	 * Adds the spans of the reporter's identity.
	 * @param text the normalised narrative
	 * @param digits its digit runs
	 * @param spans receives the spans
	 */
	void collect(String text, DigitRuns digits, List<Span> spans) {
		// the reporter's own numbers are also looked for across slashes, commas and
		// underscores (081/234-5678); any other number only across the usual separators
		DigitRuns loose = DigitRuns.scan(text, true);
		collectDigits(text, loose, this.nationalId, Placeholder.NATIONAL_ID, spans);
		collectPhone(text, loose, this.phone, Placeholder.PHONE, spans);
		collectPhone(text, loose, this.lineIdDigits, Placeholder.LINE_ID, spans);
		collectEmail(text, spans);
		collectLineId(text, spans);
		collectAddress(text, spans);
		collectNames(text, spans);
	}

	private void collectDigits(String text, DigitRuns digits, String wanted, Placeholder placeholder,
			List<Span> spans) {
		if (wanted == null) {
			return;
		}
		String compact = digits.compact();
		for (int at = compact.indexOf(wanted); at >= 0; at = compact.indexOf(wanted, at + 1)) {
			spans.add(wholeGroups(text, digits, at, at + wanted.length(), placeholder));
		}
	}

	private void collectPhone(String text, DigitRuns digits, String number, Placeholder placeholder, List<Span> spans) {
		if (number == null) {
			return;
		}
		// Looking for the number without its trunk 0 finds 081..., +66 81..., 66 81...,
		// +66 (0)81... and 0066 81... alike; the prefix is then taken into the span.
		String compact = digits.compact();
		for (int at = compact.indexOf(number); at >= 0; at = compact.indexOf(number, at + 1)) {
			int start = at;
			if (start >= 1 && compact.charAt(start - 1) == '0') {
				start--;
			}
			// a country code stands on its own or opens the number: not the end of "166"
			if (start >= 2 && compact.startsWith("66", start - 2) && digits.groupStart(start - 2) == start - 2) {
				start -= 2;
			}
			else if (start >= 4 && compact.startsWith("0066", start - 4) && digits.groupStart(start - 4) == start - 4) {
				start -= 4;
			}
			Span span = wholeGroups(text, digits, start, at + number.length(), placeholder);
			if (placeholder == Placeholder.LINE_ID) {
				span = withAtSign(text, span);
			}
			spans.add(span);
		}
	}

	/**
	 * A LINE ID's span with the {@code @} written before it ("@0899999999").
	 */
	private static Span withAtSign(String text, Span span) {
		int start = span.start();
		if (start > 0 && text.charAt(start - 1) == '@') {
			start--;
		}
		else if (start > 1 && text.charAt(start - 1) == ' ' && text.charAt(start - 2) == '@') {
			start -= 2;
		}
		return new Span(start, span.end(), span.placeholder());
	}

	/**
	 * The span of a found value, widened to the digit groups it touches: the reporter's
	 * own number glued to more digits ("31012000456730") goes as a whole.
	 */
	private static Span wholeGroups(String text, DigitRuns digits, int start, int end, Placeholder placeholder) {
		return Redactor.digitSpan(text, digits, digits.groupStart(start), digits.groupEnd(end - 1), placeholder);
	}

	private void collectEmail(String text, List<Span> spans) {
		if (this.email == null && this.lineId == null) {
			return;
		}
		Matcher matcher = IdentityPatterns.EMAIL.matcher(text);
		while (matcher.find()) {
			String local = matcher.group("local");
			String domain = IdentityPatterns.EMAIL_DOMAIN_DOT.matcher(matcher.group("domain")).replaceAll(".");
			// an address under the reporter's own user name is theirs whatever the
			// domain,
			// with or without the dots and "+tag" mail services ignore
			if ((this.email != null && (local + "@" + domain).contains(this.email))
					|| sameMailbox(local, this.emailLocalPart) || local.equals(this.lineId)) {
				spans.add(new Span(matcher.start(), matcher.end(), Placeholder.EMAIL));
			}
		}
		// the form may hold an address the e-mail shape does not cover
		if (this.email != null) {
			for (int at = text.indexOf(this.email); at >= 0; at = text.indexOf(this.email, at + 1)) {
				spans.add(new Span(at, at + this.email.length(), Placeholder.EMAIL));
			}
		}
		// the user name alone ("ติดต่อ somchai.j") is the reporter's account elsewhere
		// too
		if (this.emailLocalPart != null && this.emailLocalPart.length() >= MIN_USER_NAME_LENGTH
				&& !this.emailLocalPart.chars().allMatch(ThaiText::isAsciiDigitCode)) {
			collectToken(text, this.emailLocalPart, Placeholder.EMAIL, spans);
		}
	}

	private static boolean sameMailbox(String local, String reporters) {
		if (reporters == null) {
			return false;
		}
		String mailbox = mailbox(local);
		return mailbox.length() >= MIN_USER_NAME_LENGTH && mailbox.equals(mailbox(reporters));
	}

	/**
	 * The mailbox a local part reaches at the big mail services: without dots and without
	 * a "+tag".
	 */
	private static String mailbox(String local) {
		int plus = local.indexOf('+');
		return ((plus > 0) ? local.substring(0, plus) : local).replace(".", "");
	}

	private void collectLineId(String text, List<Span> spans) {
		if (this.lineId == null) {
			return;
		}
		collectToken(text, this.lineId, Placeholder.LINE_ID, spans);
	}

	/**
	 * Adds every occurrence of an account name (LINE ID, e-mail user name), with an
	 * {@code @} before it, as a whole token.
	 */
	private static void collectToken(String text, String token, Placeholder placeholder, List<Span> spans) {
		// A short all-letter ID ("somchai") may be part of another word; a longer
		// one, or one with digits or dots, is the reporter's wherever it appears.
		boolean distinctive = token.length() >= 6 || !token.chars().allMatch(Character::isLetter);
		for (int at = text.indexOf(token); at >= 0; at = text.indexOf(token, at + 1)) {
			int start = at;
			int end = at + token.length();
			if (!distinctive && ((start > 0 && isIdChar(text.charAt(start - 1)))
					|| (end < text.length() && isIdChar(text.charAt(end))))) {
				continue;
			}
			while (start > 0 && isIdChar(text.charAt(start - 1))) {
				start--;
			}
			if (start > 0 && text.charAt(start - 1) == '@') {
				start--;
			}
			else if (start > 1 && text.charAt(start - 1) == ' ' && text.charAt(start - 2) == '@') {
				start -= 2;
			}
			int idEnd = end;
			while (end < text.length() && isIdChar(text.charAt(end))) {
				end++;
			}
			// a full stop or dash right after the ID ends the sentence
			while (end > idEnd && (text.charAt(end - 1) == '.' || text.charAt(end - 1) == '-')) {
				end--;
			}
			spans.add(new Span(start, end, placeholder));
		}
	}

	private static boolean isIdChar(char c) {
		return (c >= 'a' && c <= 'z') || ThaiText.isAsciiDigit(c) || c == '.' || c == '_' || c == '-';
	}

	private void collectAddress(String text, List<Span> spans) {
		if (this.address == null) {
			return;
		}
		Matcher matcher = this.address.matcher(text);
		while (matcher.find()) {
			String house = matcher.group("house");
			boolean confirmed = house.isEmpty() || matcher.group("prefix") != null || house.indexOf('/') >= 0
					|| !matcher.group("rest").isBlank();
			// a bare number such as "45" is only an address when the text says so
			if (confirmed) {
				spans.add(new Span(matcher.start(), matcher.end(), Placeholder.ADDRESS));
			}
		}
	}

	private void collectNames(String text, List<Span> spans) {
		if (this.names == null) {
			return;
		}
		Matcher matcher = this.names.matcher(text);
		Matcher titles = IdentityPatterns.TITLES_BEFORE.matcher(text).useTransparentBounds(true);
		Matcher introductions = IdentityPatterns.SELF_REFERENCE_BEFORE.matcher(text).useTransparentBounds(true);
		int from = 0;
		while (from < text.length() && matcher.find(from)) {
			NameForm form = matchedForm(matcher);
			int coreStart = matcher.start(form.group());
			int coreEnd = matcher.end(form.group());
			titles.region(Math.max(0, coreStart - IdentityPatterns.TITLES_MAX_LENGTH), coreStart);
			boolean titled = titles.find();
			boolean introduced = false;
			if (!titled) {
				introductions.region(Math.max(0, coreStart - IdentityPatterns.SELF_REFERENCE_MAX_LENGTH), coreStart);
				introduced = introductions.find();
			}
			if (form.accepts(text, coreStart, coreEnd, titled, introduced)) {
				int start = titled ? titles.start() : coreStart;
				int end = (matcher.group("nickname") != null) ? matcher.end("nickname") : coreEnd;
				spans.add(new Span(start, end, Placeholder.NAME));
				from = end;
			}
			else {
				from = coreStart + 1;
			}
		}
	}

	private NameForm matchedForm(Matcher matcher) {
		for (NameForm form : this.nameForms) {
			if (matcher.start(form.group()) >= 0) {
				return form;
			}
		}
		throw new IllegalStateException("Name pattern matched without a name group");
	}

	private static List<NameForm> nameForms(String firstName, String lastName) {
		List<String> firsts = nameVariants(firstName);
		List<String> lasts = nameVariants(lastName);
		List<NameForm> forms = new ArrayList<>();
		for (String first : firsts) {
			for (String last : lasts) {
				boolean latin = isLatin(first) || isLatin(last);
				forms.add(new NameForm(
						IdentityPatterns.literal(first, latin) + (latin ? " +" : " *")
								+ IdentityPatterns.literal(last, latin),
						true, false, latin, first.length() + last.length() + 1));
				// family name first, as on some official lists; needs a blank between
				forms.add(new NameForm(
						IdentityPatterns.literal(last, latin) + " +" + IdentityPatterns.literal(first, latin), true,
						false, latin, first.length() + last.length()));
			}
		}
		List<String> singles = new ArrayList<>(firsts);
		singles.addAll(lasts);
		for (String single : singles) {
			boolean latin = isLatin(single);
			boolean tooShort = single.codePointCount(0, single.length()) <= SHORT_NAME_CODE_POINTS;
			forms.add(new NameForm(IdentityPatterns.literal(single, latin), false, tooShort, latin, single.length()));
		}
		// the regex takes the first alternative that matches at a position: longest first
		forms.sort(Comparator.comparing(NameForm::full)
			.reversed()
			.thenComparing(Comparator.comparingInt(NameForm::length).reversed()));
		List<NameForm> numbered = new ArrayList<>(forms.size());
		for (int i = 0; i < forms.size(); i++) {
			NameForm form = forms.get(i);
			numbered
				.add(new NameForm(form.regex(), form.full(), form.tooShort(), form.latin(), form.length(), "n" + i));
		}
		return List.copyOf(numbered);
	}

	private static Pattern namesPattern(List<NameForm> forms) {
		if (forms.isEmpty()) {
			return null;
		}
		StringBuilder regex = new StringBuilder("(?:");
		for (int i = 0; i < forms.size(); i++) {
			NameForm form = forms.get(i);
			regex.append((i > 0) ? "|" : "")
				.append("(?<")
				.append(form.group())
				.append('>')
				.append(form.regex())
				.append(')');
		}
		regex.append(")(?<nickname>").append(IdentityPatterns.PARENTHESISED_NICKNAME).append(")?");
		return Pattern.compile(regex.toString());
	}

	/**
	 * The ways a name field's value is written in a narrative: as typed; without the
	 * title it was typed with ("นายสมชาย"); a nickname typed in parentheses ("สมชาย
	 * (ต้อม)") and the name without it; and, when the whole name went into one field
	 * ("สมชาย ใจดี" as the first name), each of its words.
	 */
	private static List<String> nameVariants(String name) {
		String value = blankToNull(name);
		if (value == null) {
			return List.of();
		}
		value = IdentityPatterns.composeThai(ThaiText.normalize(value).strip());
		List<String> variants = new ArrayList<>(4);
		addNameVariant(variants, value);
		Matcher nickname = IdentityPatterns.NICKNAME_IN_FIELD.matcher(value);
		while (nickname.find()) {
			addNameVariant(variants, withoutTitle(nickname.group(1).strip()));
		}
		String bare = withoutTitle(nickname.replaceAll(" ").strip().replaceAll(" +", " "));
		addNameVariant(variants, bare);
		String[] words = bare.split(" ");
		if (words.length > 1 && java.util.Arrays.stream(words).allMatch(ReporterMatcher::isNameWord)) {
			// not for "ณ อยุธยา": a one-letter word means the words belong together
			for (String word : words) {
				addNameVariant(variants, withoutTitle(word));
			}
		}
		return variants;
	}

	private static String withoutTitle(String value) {
		Matcher title = IdentityPatterns.LEADING_FORMAL_TITLE.matcher(value);
		if (title.lookingAt()) {
			String bare = value.substring(title.end()).strip();
			if (isNameWord(bare) && !ThaiText.isSyllableContinuation(bare.charAt(0))) {
				return bare;
			}
		}
		return value;
	}

	private static boolean isNameWord(String word) {
		return word.codePointCount(0, word.length()) >= 2;
	}

	private static void addNameVariant(List<String> variants, String variant) {
		if (isNameWord(variant) && !variants.contains(variant)) {
			variants.add(variant);
		}
	}

	private static boolean isLatin(String name) {
		return name.chars().anyMatch((c) -> ThaiText.isAsciiLetter((char) c));
	}

	/**
	 * The digits of a phone number without the trunk prefix 0 or country code 66, or the
	 * whole number when that would be too short to be specific.
	 */
	private static String nationalSignificantNumber(String phone) {
		String digits = ThaiText.digitsOf(phone);
		if (digits.startsWith("0066")) {
			digits = digits.substring(4);
		}
		else if (digits.startsWith("66") && digits.length() >= 10) {
			digits = digits.substring(2);
		}
		if (digits.startsWith("0")) {
			digits = digits.substring(1);
		}
		if (digits.length() >= 8) {
			return digits;
		}
		String whole = ThaiText.digitsOf(phone);
		return (whole.length() >= MIN_PHONE_DIGITS) ? whole : null;
	}

	/**
	 * A pattern for the address as people write it: the house number, optionally after
	 * "บ้านเลขที่", followed by any of the address's other parts (หมู่ 7, ม.7, หมู่ที่ 7,
	 * ต./ตำบล ...). Parts written elsewhere on their own, such as the sub-district, are
	 * places and stay.
	 */
	private static Pattern addressPattern(String address) {
		String value = blankToNull(address);
		if (value == null) {
			return null;
		}
		value = ThaiText.normalize(value).strip().replaceFirst("^" + IdentityPatterns.HOUSE_NUMBER_PREFIX + " *", "");
		Matcher house = IdentityPatterns.LEADING_HOUSE_NUMBER.matcher(value);
		boolean hasHouseNumber = house.lookingAt();
		List<String> parts = addressParts(hasHouseNumber ? value.substring(house.end()) : value);
		if (!hasHouseNumber) {
			// no house number: only the whole address, in order, identifies the reporter
			if (parts.isEmpty() || value.length() < 6) {
				return null;
			}
			return Pattern.compile("(?<prefix>)(?<house>)(?<rest>" + String.join("[ ,]*", parts) + ")");
		}
		String[] numbers = house.group().split(" */ *");
		String houseRegex = "(?<![0-9/.,])" + String.join(" */ *", numbers) + "(?![0-9]| */ *[0-9])";
		String rest = parts.isEmpty() ? "" : "(?:[ ,]*(?:" + String.join("|", parts) + "))*";
		return Pattern.compile("(?<prefix>" + IdentityPatterns.HOUSE_NUMBER_PREFIX + " *)?(?<house>" + houseRegex
				+ ")(?<rest>" + rest + ")");
	}

	private static List<String> addressParts(String rest) {
		String[] tokens = rest.strip().split("[ ,]+");
		List<String> parts = new ArrayList<>();
		for (int i = 0; i < tokens.length; i++) {
			String token = tokens[i];
			if (token.isEmpty()) {
				continue;
			}
			IdentityPatterns.AddressLabel label = IdentityPatterns.addressLabel(token);
			String labelRegex = null;
			String partValue = token;
			if (label != null) {
				labelRegex = label.regex();
				partValue = token.substring(label.written().length());
				if (partValue.isEmpty() && i + 1 < tokens.length) {
					partValue = tokens[++i];
				}
			}
			if (partValue.isEmpty()) {
				continue;
			}
			String valueRegex = partValue.chars().allMatch(ThaiText::isAsciiDigitCode)
					? "(?<![0-9])" + partValue + "(?![0-9])" : Pattern.quote(partValue);
			parts.add((labelRegex != null) ? labelRegex + " *" + valueRegex : valueRegex);
		}
		return parts;
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value;
	}

	/**
	 * One way the reporter's name can appear.
	 *
	 * @param regex the regex for the name itself
	 * @param full whether it is first and last name together
	 * @param tooShort whether the name alone is so short it needs clear word boundaries
	 * @param latin whether it is written in Latin letters
	 * @param length the length, to try longer forms first
	 * @param group the regex group it is captured in
	 */
	private record NameForm(String regex, boolean full, boolean tooShort, boolean latin, int length, String group) {

		NameForm(String regex, boolean full, boolean tooShort, boolean latin, int length) {
			this(regex, full, tooShort, latin, length, null);
		}

		/**
		 * Whether a match stands on word boundaries. Thai has no spaces between words, so
		 * a name counts inside a longer stretch of letters unless the letters around it
		 * show it is mid-syllable: right after a leading vowel (เ แ โ ใ ไ belong to the
		 * next consonant) or right before a vowel or tone mark (which belong to the
		 * previous one).
		 */
		boolean accepts(String text, int start, int end, boolean titled, boolean introduced) {
			char before = (start > 0) ? text.charAt(start - 1) : ' ';
			char after = (end < text.length()) ? text.charAt(end) : ' ';
			if (this.latin) {
				return (titled || introduced || !(ThaiText.isAsciiLetter(before) || ThaiText.isAsciiDigit(before)))
						&& !(ThaiText.isAsciiLetter(after) || ThaiText.isAsciiDigit(after));
			}
			if (ThaiText.isSyllableContinuation(after) || (!titled && !introduced && ThaiText.isLeadingVowel(before))) {
				return false;
			}
			if (introduced) {
				// "ผมนกแจ้งว่า": right after the reporter introduces themselves, a name
				// glued to the next word is still the name
				return true;
			}
			if (this.tooShort) {
				return (titled || !ThaiText.isThai(before)) && !ThaiText.isThai(after);
			}
			return true;
		}

	}

}
