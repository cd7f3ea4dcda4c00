package org.sujarit.cases.console;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.chrono.ThaiBuddhistChronology;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Dates as staff read them: in Bangkok time, in the Buddhist calendar on Thai pages ("22
 * พ.ย. 2569"), in the Gregorian one on English pages ("22 Nov 2026"). Used by the
 * templates as {@code @consoleDates}.
 */
public class ConsoleDates {

	/** The municipality's zone: due dates end at midnight there. */
	public static final ZoneId BANGKOK = ZoneId.of("Asia/Bangkok");

	private static final DateTimeFormatter THAI_DATE = DateTimeFormatter
		.ofPattern("d MMM yyyy", ConsoleWebConfiguration.THAI)
		.withChronology(ThaiBuddhistChronology.INSTANCE)
		.withZone(BANGKOK);

	private static final DateTimeFormatter THAI_TIME = DateTimeFormatter
		.ofPattern("d MMM yyyy HH:mm", ConsoleWebConfiguration.THAI)
		.withChronology(ThaiBuddhistChronology.INSTANCE)
		.withZone(BANGKOK);

	private static final DateTimeFormatter ENGLISH_DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK)
		.withZone(BANGKOK);

	private static final DateTimeFormatter ENGLISH_TIME = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.UK)
		.withZone(BANGKOK);

	/**
	 * A day.
	 * @param at the instant
	 * @param locale the page's language
	 * @return such as {@code 22 พ.ย. 2569}, empty for none
	 */
	public String date(Instant at, Locale locale) {
		if (at == null) {
			return "";
		}
		return (thai(locale) ? THAI_DATE : ENGLISH_DATE).format(at);
	}

	/**
	 * A day and time.
	 * @param at the instant
	 * @param locale the page's language
	 * @return such as {@code 22 พ.ย. 2569 10:00}, empty for none
	 */
	public String dateTime(Instant at, Locale locale) {
		if (at == null) {
			return "";
		}
		return (thai(locale) ? THAI_TIME : ENGLISH_TIME).format(at);
	}

	/**
	 * A calendar day, such as a new due date typed in.
	 * @param day the day
	 * @param locale the page's language
	 * @return the day, empty for none
	 */
	public String day(LocalDate day, Locale locale) {
		return (day != null) ? date(day.atStartOfDay(BANGKOK).toInstant(), locale) : "";
	}

	static boolean thai(Locale locale) {
		return locale == null || !"en".equals(locale.getLanguage());
	}

}
