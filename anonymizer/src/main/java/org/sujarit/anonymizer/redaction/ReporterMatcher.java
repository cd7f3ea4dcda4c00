package org.sujarit.anonymizer.redaction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.sujarit.platform.events.Reporter;

/**
 * Finds one reporter's identity in a normalised narrative. Built once per redaction from
 * the form values and used by that redaction only (it builds some patterns when first
 * needed).
 */
final class ReporterMatcher {

	// A name this short (ชัย, แดง, นก) is also a syllable of many other words and names,
	// so alone it only counts between non-Thai characters or after a title.
	private static final int SHORT_NAME_CODE_POINTS = 3;

	// Longer than this, a stretch of Thai letters after a first name is more than a
	// family name (ศรีสมบูรณ์ has 10 characters, ณ อยุธยา is two words)
	private static final int MAX_FAMILY_NAME_LENGTH = 16;

	// an account name: letters, digits, dots, dashes, underscores, an @ before it, and no
	// @ after it (that is an e-mail address)
	private static final Pattern ACCOUNT = Pattern
		.compile("(?<![a-z0-9._@-])(?:@ ?)?(?<id>[a-z0-9._-]*[a-z][a-z0-9._-]*+)(?! *@)");

	// Below this many digits a phone number is too unspecific to look for.
	private static final int MIN_PHONE_DIGITS = 6;

	// An e-mail user name shorter than this ("som") is too unspecific to look for alone.
	private static final int MIN_USER_NAME_LENGTH = 4;

	private final Pattern names;

	private final List<NameForm> nameForms;

	private final List<String> firstNameVariants;

	private final List<String> lastNameVariants;

	// Built when first needed, as most narratives need none of them: the first and last
	// name alone, to tell the reporter's full name from another's, and the sound keys of
	// the names' words, for names written in Latin letters. A matcher serves one
	// redaction on one thread.
	private Pattern firstNames;

	private Pattern lastNames;

	private LatinName latinFirst;

	private LatinName latinLast;

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
		this.firstNameVariants = nameVariants(reporter.firstName());
		this.lastNameVariants = nameVariants(reporter.lastName());
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
	 * @param original the narrative as written (for the letter case of names)
	 * @param text the normalised narrative
	 * @param digits its digit runs
	 * @param spans receives the spans
	 */
	void collect(String original, String text, DigitRuns digits, List<Span> spans) {
		// the reporter's own numbers are also looked for across slashes, commas and
		// underscores (081/234-5678); any other number only across the usual separators
		// and with the Thai number words read as digits ("ศูนย์ แปด หนึ่ง ...")
		int[] wordEnd = new int[text.length()];
		String spoken = ThaiText.withNumberWordsAsDigits(text, wordEnd);
		DigitRuns loose = DigitRuns.scan(spoken, true);
		List<Span> numbers = new ArrayList<>();
		collectDigits(spoken, loose, this.nationalId, Placeholder.NATIONAL_ID, numbers);
		collectPhone(spoken, loose, this.phone, Placeholder.PHONE, numbers);
		collectPhone(spoken, loose, this.lineIdDigits, Placeholder.LINE_ID, numbers);
		for (Span number : numbers) {
			// a number word stands as its first letter: the span takes in the whole word
			int end = (wordEnd[number.end() - 1] >= 0) ? wordEnd[number.end() - 1] : number.end();
			spans.add(new Span(number.start(), end, number.placeholder()));
		}
		collectEmail(text, spans);
		collectLineId(text, spans);
		collectAddress(text, spans);
		collectNames(text, spans);
		collectLatinNames(original, text, spans);
		collectThaiSpellings(text, spans);
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
		if (this.email == null && this.lineId == null && this.firstNameVariants.isEmpty()
				&& this.lastNameVariants.isEmpty()) {
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
					|| sameMailbox(local, this.emailLocalPart) || local.equals(this.lineId) || namesMailbox(local)) {
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

	/**
	 * Whether an address's user name holds the reporter's first or family name in Latin
	 * letters ("theerawat.b"): an address of the reporter's that the form does not give.
	 */
	private boolean namesMailbox(String local) {
		for (String letters : local.split("[^a-z]+")) {
			if (latinFirst().isWord(letters) || latinLast().isWord(letters)) {
				return true;
			}
		}
		return false;
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
			boolean selfIntroduced = introduced || (titled && introducedBefore(text, titles.start()));
			if (!form.full() && !selfIntroduced && form.accepts(text, coreStart, coreEnd, titled, introduced)
					&& (form.part() == Part.FIRST && firstNameOfAnother(text, coreEnd, titled)
							|| form.part() == Part.LAST && lastNameOfAnother(text, coreStart, coreEnd))) {
				// the reporter's first or last name inside somebody else's full name
				from = coreEnd;
				continue;
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

	private Pattern firstNames() {
		if (this.firstNames == null && !this.firstNameVariants.isEmpty()) {
			this.firstNames = alternatives(this.firstNameVariants);
		}
		return this.firstNames;
	}

	private Pattern lastNames() {
		if (this.lastNames == null && !this.lastNameVariants.isEmpty()) {
			this.lastNames = alternatives(this.lastNameVariants);
		}
		return this.lastNames;
	}

	private LatinName latinFirst() {
		if (this.latinFirst == null) {
			this.latinFirst = LatinName.of(this.firstNameVariants);
		}
		return this.latinFirst;
	}

	private LatinName latinLast() {
		if (this.latinLast == null) {
			this.latinLast = LatinName.of(this.lastNameVariants);
		}
		return this.latinLast;
	}

	private static boolean introducedBefore(String text, int at) {
		Matcher introductions = IdentityPatterns.SELF_REFERENCE_BEFORE.matcher(text).useTransparentBounds(true);
		introductions.region(Math.max(0, at - IdentityPatterns.SELF_REFERENCE_MAX_LENGTH), at);
		return introductions.find();
	}

	/**
	 * Whether the reporter's first name at {@code end} is followed by another person's
	 * family name: a word that is not the reporter's family name nor a common word after
	 * a name ("ได้", "เป็น", "แจ้ง" ...), with a title before the first name or a
	 * position after the family name ("นายสมชาย มั่งมี", "สมชาย มั่งมี ปลัด อบต.").
	 */
	private boolean firstNameOfAnother(String text, int end, boolean titled) {
		int wordStart = skipBlanks(text, end);
		if (wordStart == end || wordStart >= text.length()) {
			return false;
		}
		int wordEnd = thaiWordEnd(text, wordStart);
		// a family name is written as a word of its own; a longer stretch of Thai letters
		// is the sentence going on
		if (wordEnd == wordStart || wordEnd - wordStart > MAX_FAMILY_NAME_LENGTH
				|| !IdentityPatterns.isFamilyNameLike(text, wordStart, wordEnd)) {
			return false;
		}
		Pattern lasts = lastNames();
		if (lasts != null && lasts.matcher(text).region(wordStart, text.length()).lookingAt()) {
			return false;
		}
		return titled || IdentityPatterns.isPositionAt(text, skipBlanks(text, wordEnd));
	}

	/**
	 * Whether the reporter's family name at {@code start} follows another person's first
	 * name: a word that is not the reporter's first name, with a title before it or a
	 * position after the family name ("นายสมศักดิ์ ใจดี").
	 */
	private boolean lastNameOfAnother(String text, int start, int end) {
		int wordEnd = start;
		while (wordEnd > 0 && ThaiText.isBlankChar(text.charAt(wordEnd - 1))) {
			wordEnd--;
		}
		if (wordEnd == start || wordEnd == 0 || !ThaiText.isThai(text.charAt(wordEnd - 1))) {
			return false;
		}
		int wordStart = wordEnd;
		while (wordStart > 0 && ThaiText.isThai(text.charAt(wordStart - 1))) {
			wordStart--;
		}
		Pattern firsts = firstNames();
		if (firsts != null) {
			Matcher first = firsts.matcher(text).useTransparentBounds(true);
			first.region(wordStart, wordEnd);
			while (first.find()) {
				if (first.end() == wordEnd) {
					return false;
				}
			}
		}
		// the title glued to the first name ("นายสมศักดิ์") or written before it
		Matcher titledWord = IdentityPatterns.TITLED_WORD_END.matcher(text).useTransparentBounds(true);
		titledWord.region(wordStart, wordEnd);
		boolean titled = titledWord.find();
		int nameStart = titled ? titledWord.start("name") : wordStart;
		if (!titled) {
			Matcher titles = IdentityPatterns.TITLES_BEFORE.matcher(text).useTransparentBounds(true);
			titles.region(Math.max(0, wordStart - IdentityPatterns.TITLES_MAX_LENGTH), wordStart);
			titled = titles.find();
		}
		if (wordEnd - nameStart < 2 || introducedBefore(text, nameStart)) {
			return false;
		}
		return titled || IdentityPatterns.isPositionAt(text, skipBlanks(text, end));
	}

	private static int skipBlanks(String text, int at) {
		int i = at;
		while (i < text.length() && ThaiText.isBlankChar(text.charAt(i))) {
			i++;
		}
		return i;
	}

	private static int thaiWordEnd(String text, int start) {
		int i = start;
		while (i < text.length() && ThaiText.isThai(text.charAt(i))) {
			i++;
		}
		return i;
	}

	/**
	 * Finds the reporter's name written in Latin letters, in any of the spellings people
	 * use for a Thai name ({@link PhoneticKey}): "Somchai Jaidee", "SOMCHAI CHAIDI", "Mr.
	 * Somchai". A first name followed by another capitalised name, or a family name after
	 * one, is somebody else's full name and stays.
	 */
	private void collectLatinNames(String original, String text, List<Span> spans) {
		if (this.firstNameVariants.isEmpty() && this.lastNameVariants.isEmpty()) {
			return;
		}
		collectAccountsNamedAfterTheReporter(text, spans);
		List<int[]> tokens = LatinName.tokens(original, text);
		if (tokens.isEmpty()) {
			return;
		}
		LatinName latinFirst = latinFirst();
		LatinName latinLast = latinLast();
		String[] keys = new String[tokens.size()];
		for (int i = 0; i < keys.length; i++) {
			int[] token = tokens.get(i);
			keys[i] = PhoneticKey.of(text.substring(token[0], token[1]));
		}
		Matcher titles = IdentityPatterns.TITLES_BEFORE.matcher(text).useTransparentBounds(true);
		int t = 0;
		while (t < tokens.size()) {
			int firstWords = latinFirst.matchAt(keys, tokens, text, t);
			int lastWords = latinLast.matchAt(keys, tokens, text, t);
			if (firstWords == 0 && lastWords == 0) {
				t++;
				continue;
			}
			boolean isFirst = firstWords >= lastWords;
			int words = Math.max(firstWords, lastWords);
			int end = t + words;
			boolean full = false;
			if (end < tokens.size() && LatinName.adjacent(text, tokens.get(end - 1), tokens.get(end))) {
				int other = isFirst ? latinLast.matchAt(keys, tokens, text, end)
						: latinFirst.matchAt(keys, tokens, text, end);
				if (other > 0) {
					end += other;
					full = true;
				}
			}
			int coreStart = tokens.get(t)[0];
			titles.region(Math.max(0, coreStart - IdentityPatterns.TITLES_MAX_LENGTH), coreStart);
			boolean titled = titles.find();
			int start = titled ? titles.start() : coreStart;
			// a family name: the title stands before the first name in front of it
			boolean partnerTitled = titled;
			if (!isFirst && t > 0) {
				int partnerStart = tokens.get(t - 1)[0];
				titles.region(Math.max(0, partnerStart - IdentityPatterns.TITLES_MAX_LENGTH), partnerStart);
				partnerTitled = titles.find() && !introducedBefore(text, titles.start());
			}
			if (!full && partnerTitled && !introducedBefore(text, start)
					&& partOfAnotherLatinName(original, text, tokens, keys, t, end, isFirst)) {
				t = end;
				continue;
			}
			spans.add(new Span(start, tokens.get(end - 1)[1], Placeholder.NAME));
			t = end;
		}
	}

	/**
	 * Finds a name the form holds in Latin letters written in Thai, with the titles
	 * before it.
	 */
	private void collectThaiSpellings(String text, List<Span> spans) {
		if (this.firstNameVariants.stream().noneMatch(ReporterMatcher::isLatin)
				&& this.lastNameVariants.stream().noneMatch(ReporterMatcher::isLatin)) {
			return;
		}
		List<int[]> found = new ArrayList<>();
		latinFirst().findInThai(text, found);
		latinLast().findInThai(text, found);
		if (found.isEmpty()) {
			return;
		}
		Matcher titles = IdentityPatterns.TITLES_BEFORE.matcher(text).useTransparentBounds(true);
		for (int[] name : found) {
			titles.region(Math.max(0, name[0] - IdentityPatterns.TITLES_MAX_LENGTH), name[0]);
			spans.add(new Span(titles.find() ? titles.start() : name[0], name[1], Placeholder.NAME));
		}
	}

	/**
	 * An account name such as "@theerawat99" or "somchai.jd" (letters with digits, dots,
	 * dashes or underscores, not an e-mail address) that holds the reporter's first or
	 * family name goes as a whole, like the LINE ID the form gives.
	 */
	private void collectAccountsNamedAfterTheReporter(String text, List<Span> spans) {
		Matcher account = ACCOUNT.matcher(text);
		while (account.find()) {
			String id = account.group("id");
			if (id.chars().allMatch((c) -> c >= 'a' && c <= 'z')) {
				continue;
			}
			for (String letters : id.split("[^a-z]+")) {
				if (latinFirst().isWord(letters) || latinLast().isWord(letters)) {
					int end = account.end();
					// a full stop or dash right after the ID ends the sentence
					while (end > account.start("id") && (text.charAt(end - 1) == '.' || text.charAt(end - 1) == '-')) {
						end--;
					}
					spans.add(new Span(account.start(), end, Placeholder.NAME));
					break;
				}
			}
		}
	}

	/**
	 * Whether a titled first name is followed, or a family name preceded, by another
	 * capitalised Latin word that does not even loosely sound like the reporter's other
	 * name, which makes it somebody else's full name ("Mr. Somchai Mangmi").
	 */
	private boolean partOfAnotherLatinName(String original, String text, List<int[]> tokens, String[] keys, int from,
			int to, boolean isFirst) {
		int partner = isFirst ? to : from - 1;
		if (partner < 0 || partner >= tokens.size()) {
			return false;
		}
		boolean adjacent = isFirst ? LatinName.adjacent(text, tokens.get(to - 1), tokens.get(partner))
				: LatinName.adjacent(text, tokens.get(partner), tokens.get(from));
		if (!adjacent || !Character.isUpperCase(original.charAt(tokens.get(partner)[0]))) {
			return false;
		}
		LatinName other = isFirst ? latinLast() : latinFirst();
		return !other.soundsLoosely(keys[partner]);
	}

	private static Pattern alternatives(List<String> variants) {
		if (variants.isEmpty()) {
			return null;
		}
		List<String> regexes = new ArrayList<>();
		for (String variant : variants) {
			if (!isLatin(variant)) {
				regexes.add(IdentityPatterns.literal(variant, false));
			}
		}
		return regexes.isEmpty() ? null : Pattern.compile("(?:" + String.join("|", regexes) + ")");
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
						true, false, latin, first.length() + last.length() + 1, Part.EITHER));
				// family name first, as on some official lists; needs a blank between
				forms.add(new NameForm(
						IdentityPatterns.literal(last, latin) + " +" + IdentityPatterns.literal(first, latin), true,
						false, latin, first.length() + last.length(), Part.EITHER));
			}
		}
		// a whole name typed into one field gives words that may be either part
		Part firstPart = (firsts.size() > 0 && firsts.get(0).contains(" ")) ? Part.EITHER : Part.FIRST;
		Part lastPart = (lasts.size() > 0 && lasts.get(0).contains(" ")) ? Part.EITHER : Part.LAST;
		for (String single : firsts) {
			addSingle(forms, single, firstPart);
		}
		for (String single : lasts) {
			if (!firsts.contains(single)) {
				addSingle(forms, single, lastPart);
			}
		}
		// the regex takes the first alternative that matches at a position: longest first
		forms.sort(Comparator.comparing(NameForm::full)
			.reversed()
			.thenComparing(Comparator.comparingInt(NameForm::length).reversed()));
		List<NameForm> numbered = new ArrayList<>(forms.size());
		for (int i = 0; i < forms.size(); i++) {
			NameForm form = forms.get(i);
			numbered.add(new NameForm(form.regex(), form.full(), form.tooShort(), form.latin(), form.length(),
					form.part(), "n" + i));
		}
		return List.copyOf(numbered);
	}

	private static void addSingle(List<NameForm> forms, String single, Part part) {
		boolean latin = isLatin(single);
		boolean tooShort = single.codePointCount(0, single.length()) <= SHORT_NAME_CODE_POINTS;
		forms.add(new NameForm(IdentityPatterns.literal(single, latin), false, tooShort, latin, single.length(),
				(single.contains(" ")) ? Part.EITHER : part));
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
	 * Which part of the reporter's name a form is.
	 */
	private enum Part {

		FIRST, LAST, EITHER

	}

	/**
	 * One way the reporter's name can appear.
	 *
	 * @param regex the regex for the name itself
	 * @param full whether it is first and last name together
	 * @param tooShort whether the name alone is so short it needs clear word boundaries
	 * @param latin whether it is written in Latin letters
	 * @param length the length, to try longer forms first
	 * @param part which part of the name it is
	 * @param group the regex group it is captured in
	 */
	private record NameForm(String regex, boolean full, boolean tooShort, boolean latin, int length, Part part,
			String group) {

		NameForm(String regex, boolean full, boolean tooShort, boolean latin, int length, Part part) {
			this(regex, full, tooShort, latin, length, part, null);
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
