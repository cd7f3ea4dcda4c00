package org.sujarit.anonymizer.redaction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.sujarit.platform.events.Reporter;

/**
 * Removes a whistleblower's identity from the narrative of their report, keeping the
 * evidence (the accused official, unit, places, amounts and dates).
 * <p>
 * The reporter's values are looked for in every form people write them: names with or
 * without a title (นาย, นางสาว, น.ส., คุณ, พี่, น้อง ...), alone or in full; phone
 * numbers and national IDs in Thai or Arabic digits, grouped with spaces, dashes or dots,
 * with {@code +66} for the leading 0; e-mail in any letter case; LINE ID with or without
 * {@code @}; the house address with "บ้านเลขที่", "หมู่" or "ม.". Any other valid
 * 13-digit Thai national ID is masked as well, whoever it belongs to. Each finding is
 * replaced by a {@link Placeholder}; a title and a full name become a single
 * {@code [ผู้แจ้ง]}.
 * <p>
 * Instances hold no state and are safe to share between threads.
 */
public class Redactor {

	/**
	 * Redacts a narrative.
	 * @param narrative the report text, may be null
	 * @param reporter the identity from the report form, or null for an anonymous report
	 * (then only national IDs are masked)
	 * @return the narrative with the identity replaced by placeholders
	 */
	public String redact(String narrative, Reporter reporter) {
		return redact(narrative, reporter, null);
	}

	/**
	 * Redacts a narrative, keeping the accused official's full name wherever it stands,
	 * also when it shares a first or family name with the reporter.
	 * @param narrative the report text, may be null
	 * @param reporter the identity from the report form, or null for an anonymous report
	 * @param accusedName the accused's name from the report form, may be null
	 * @return the narrative with the identity replaced by placeholders
	 */
	public String redact(String narrative, Reporter reporter, String accusedName) {
		if (narrative == null || narrative.isEmpty()) {
			return narrative;
		}
		String text = ThaiText.normalize(narrative);
		DigitRuns digits = DigitRuns.scan(text);
		List<Span> spans = new ArrayList<>();
		collectNationalIds(text, digits, spans);
		if (reporter != null && !reporter.isEmpty()) {
			ReporterMatcher.of(reporter).collect(narrative, text, digits, spans);
			keepAccused(text, accusedName, spans);
		}
		if (spans.isEmpty()) {
			return narrative;
		}
		return replace(narrative, merge(narrative, spans));
	}

	/**
	 * Drops the name spans that cut into the accused's full name: a name the reporter
	 * shares with the accused there is the accused's.
	 */
	private static void keepAccused(String text, String accusedName, List<Span> spans) {
		if (accusedName == null || accusedName.isBlank()) {
			return;
		}
		String name = IdentityPatterns.composeThai(ThaiText.normalize(accusedName).strip());
		name = IdentityPatterns.LEADING_TITLES.matcher(name).replaceFirst("").strip();
		if (name.indexOf(' ') < 0) {
			// a first name alone does not tell the accused from the reporter
			return;
		}
		boolean latin = name.chars().anyMatch((c) -> ThaiText.isAsciiLetter((char) c));
		java.util.regex.Matcher accused = java.util.regex.Pattern.compile(IdentityPatterns.literal(name, latin))
			.matcher(text);
		while (accused.find()) {
			int start = accused.start();
			int end = accused.end();
			spans
				.removeIf((span) -> span.placeholder() == Placeholder.NAME && span.start() < end && span.end() > start);
		}
	}

	private void collectNationalIds(String text, DigitRuns digits, List<Span> spans) {
		String compact = digits.compact();
		digits.forEachGroupWindow(NationalId.LENGTH, (start, end) -> {
			if (NationalId.isValid(compact, start, end)) {
				spans.add(digitSpan(text, digits, start, end, Placeholder.NATIONAL_ID));
			}
		});
	}

	/**
	 * The text span of a range of compact digits, taking in a {@code +} before it and a
	 * parenthesis it leaves unbalanced, as in {@code (081) 234 5678}.
	 */
	static Span digitSpan(String text, DigitRuns digits, int compactStart, int compactEnd, Placeholder placeholder) {
		int start = digits.textIndex(compactStart);
		int end = digits.textIndex(compactEnd - 1) + 1;
		if (start > 0 && text.charAt(start - 1) == '+') {
			start--;
		}
		else if (start > 1 && text.charAt(start - 1) == ' ' && text.charAt(start - 2) == '+') {
			start -= 2;
		}
		int open = 0;
		int close = 0;
		for (int i = start; i < end; i++) {
			char c = text.charAt(i);
			open += (c == '(') ? 1 : 0;
			close += (c == ')') ? 1 : 0;
		}
		if (close > open && start > 0 && text.charAt(start - 1) == '(') {
			start--;
		}
		else if (open > close && end < text.length() && text.charAt(end) == ')') {
			end++;
		}
		return new Span(start, end, placeholder);
	}

	/**
	 * Joins overlapping spans, so no part of a finding survives, and a name's parts
	 * separated only by blanks ("นาย สมชาย ใจดี") into one.
	 */
	private List<Span> merge(String narrative, List<Span> spans) {
		spans.sort(Comparator.comparingInt(Span::start).thenComparing(Comparator.comparingInt(Span::end).reversed()));
		List<Span> merged = new ArrayList<>();
		Span current = null;
		Span dominant = null;
		for (Span span : spans) {
			if (current != null && (span.start() < current.end() || (current.placeholder() == Placeholder.NAME
					&& span.placeholder() == Placeholder.NAME && isBlank(narrative, current.end(), span.start())))) {
				if (span.length() > dominant.length() || (span.length() == dominant.length()
						&& span.placeholder().ordinal() < dominant.placeholder().ordinal())) {
					dominant = span;
				}
				current = new Span(current.start(), Math.max(current.end(), span.end()), dominant.placeholder());
				continue;
			}
			if (current != null) {
				merged.add(current);
			}
			current = span;
			dominant = span;
		}
		merged.add(current);
		return merged;
	}

	private static boolean isBlank(String text, int start, int end) {
		for (int i = start; i < end; i++) {
			if (!ThaiText.isBlankChar(text.charAt(i))) {
				return false;
			}
		}
		return true;
	}

	private static String replace(String narrative, List<Span> spans) {
		StringBuilder out = new StringBuilder(narrative.length());
		int at = 0;
		for (Span span : spans) {
			out.append(narrative, at, span.start()).append(span.placeholder().text());
			at = span.end();
		}
		return out.append(narrative, at, narrative.length()).toString();
	}

}
