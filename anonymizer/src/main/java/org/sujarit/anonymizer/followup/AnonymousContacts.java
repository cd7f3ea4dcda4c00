package org.sujarit.anonymizer.followup;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.sujarit.platform.events.Reporter;

/**
 * Finds the phone numbers and e-mail addresses in a message of a reporter whose identity
 * the vault does not know, so the {@link org.sujarit.anonymizer.redaction.Redactor} can
 * mask them as it masks a known reporter's own (in every written form). With no identity
 * to go by, any contact written into an anonymous reporter's message is taken to be
 * theirs: a message to the legal officer rarely needs anyone else's number, and leaking
 * the reporter's own would undo the anonymity they chose.
 */
final class AnonymousContacts {

	private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");

	// a Thai number: 0 and 8 or 9 more digits, or +66 and 8 or 9 digits, grouped by
	// spaces, dashes or dots
	private static final Pattern PHONE = Pattern
		.compile("(?<![0-9])(?:\\+\\s?66[\\s.-]?|0)(?:[0-9][\\s.-]?){7}[0-9](?:[\\s.-]?[0-9])?(?![0-9])");

	private AnonymousContacts() {
	}

	/**
	 * The contacts written in a text, each as a reporter holding only that contact.
	 * @param text the message
	 * @return one reporter per distinct contact
	 */
	static Set<Reporter> in(String text) {
		Set<Reporter> found = new LinkedHashSet<>();
		if (text == null || text.isEmpty()) {
			return found;
		}
		Matcher email = EMAIL.matcher(text);
		while (email.find()) {
			found.add(new Reporter(null, null, null, null, email.group(), null, null));
		}
		Matcher phone = PHONE.matcher(arabicDigits(text));
		while (phone.find()) {
			String digits = phone.group().replaceAll("[^0-9+]", "");
			if (digits.startsWith("+66")) {
				digits = "0" + digits.substring(3);
			}
			found.add(new Reporter(null, null, null, digits, null, null, null));
		}
		return found;
	}

	// Thai digits to Arabic, one character for one, so positions stay the same
	private static String arabicDigits(String text) {
		StringBuilder out = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			out.append((c >= '๐' && c <= '๙') ? (char) ('0' + (c - '๐')) : c);
		}
		return out.toString();
	}

}
