package org.sujarit.intake.portal;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.chrono.ThaiBuddhistDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoField;
import java.util.List;
import java.util.Locale;

/**
 * Dates as the portal shows them, in Bangkok time: on Thai pages in the Buddhist calendar
 * ("22 พฤศจิกายน 2569"), on English pages in the Gregorian one ("22 November 2026").
 * Written out rather than left to the JDK's locale data, whose Thai patterns differ
 * between versions (some add "พ.ศ.", some abbreviate).
 */
public class PortalDates {

	/** Municipal time: Thailand has one zone and no daylight saving time. */
	public static final ZoneId BANGKOK = ZoneId.of("Asia/Bangkok");

	private static final List<String> THAI_MONTHS = List.of("มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม",
			"มิถุนายน", "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม");

	private static final DateTimeFormatter ENGLISH_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);

	/**
	 * The date of an instant.
	 * @param instant the instant, may be null
	 * @param locale the page's locale
	 * @return the date, empty for null
	 */
	public String date(Instant instant, Locale locale) {
		if (instant == null) {
			return "";
		}
		ZonedDateTime local = instant.atZone(BANGKOK);
		if (isEnglish(locale)) {
			return ENGLISH_DATE.format(local);
		}
		int buddhistYear = ThaiBuddhistDate.from(local.toLocalDate()).get(ChronoField.YEAR_OF_ERA);
		return local.getDayOfMonth() + " " + THAI_MONTHS.get(local.getMonthValue() - 1) + " " + buddhistYear;
	}

	/**
	 * The date and time of an instant.
	 * @param instant the instant, may be null
	 * @param locale the page's locale
	 * @return e.g. "22 พฤศจิกายน 2569 เวลา 14:05 น." or "22 November 2026, 14:05"
	 */
	public String dateTime(Instant instant, Locale locale) {
		if (instant == null) {
			return "";
		}
		String time = TIME.format(instant.atZone(BANGKOK));
		return isEnglish(locale) ? date(instant, locale) + ", " + time
				: date(instant, locale) + " เวลา " + time + " น.";
	}

	/**
	 * The date as a machine-readable value, for {@code <time datetime>}.
	 * @param instant the instant, may be null
	 * @return ISO-8601 in Bangkok time, empty for null
	 */
	public String iso(Instant instant) {
		return (instant != null) ? DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atZone(BANGKOK)) : "";
	}

	private static boolean isEnglish(Locale locale) {
		return locale != null && "en".equals(locale.getLanguage());
	}

}
