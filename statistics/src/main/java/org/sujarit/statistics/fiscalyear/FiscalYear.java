package org.sujarit.statistics.fiscalyear;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.ZoneId;

/**
 * A Thai government fiscal year: 1 October to 30 September, labelled by the Buddhist-era
 * year in which it ends. Fiscal year 2569 runs from 1 October 2025 to 30 September 2026.
 * Instants are placed on the calendar in Thailand.
 *
 * @param buddhistYear the label, such as 2569
 */
public record FiscalYear(int buddhistYear) {

	/** Where the calendar days are counted. */
	public static final ZoneId ZONE = ZoneId.of("Asia/Bangkok");

	/** Buddhist-era year minus common-era year. */
	public static final int BUDDHIST_ERA_OFFSET = 543;

	/**
	 * The fiscal year an instant falls in, by the date in Thailand.
	 * @param instant the instant
	 * @return its fiscal year
	 */
	public static FiscalYear of(Instant instant) {
		return of(LocalDate.ofInstant(instant, ZONE));
	}

	/**
	 * The fiscal year a date falls in.
	 * @param date the date
	 * @return its fiscal year
	 */
	public static FiscalYear of(LocalDate date) {
		int endYear = (date.getMonthValue() >= Month.OCTOBER.getValue()) ? date.getYear() + 1 : date.getYear();
		return new FiscalYear(endYear + BUDDHIST_ERA_OFFSET);
	}

	/**
	 * The common-era year in which this fiscal year ends.
	 * @return such as 2026 for fiscal year 2569
	 */
	public int commonEraEndYear() {
		return this.buddhistYear - BUDDHIST_ERA_OFFSET;
	}

	/**
	 * The first day.
	 * @return 1 October of the year before the end year
	 */
	public LocalDate from() {
		return LocalDate.of(commonEraEndYear() - 1, Month.OCTOBER, 1);
	}

	/**
	 * The last day.
	 * @return 30 September of the end year
	 */
	public LocalDate to() {
		return LocalDate.of(commonEraEndYear(), Month.SEPTEMBER, 30);
	}

	@Override
	public String toString() {
		return "FY" + this.buddhistYear;
	}

}
