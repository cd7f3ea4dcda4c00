package org.sujarit.statistics.report;

import java.time.LocalDate;
import java.util.Map;

/**
 * The counts of one fiscal year, as published. Counts only: no case ids, no text.
 *
 * @param fiscalYear the Buddhist-era label, such as 2569
 * @param from the first day of the fiscal year
 * @param to the last day of the fiscal year
 * @param total cases received in the year
 * @param byChannel cases by intake channel, every channel present
 * @param byCategory cases by category, every category present
 * @param byUnit cases by the unit handling them, units as they appear
 * @param byStatus cases by current status, every status present
 * @param bySla cases by standing against the 15-day rule, every standing present; a case
 * that ever missed its deadline counts as {@code BREACHED} even if resolved later
 */
public record YearlyStatistics(int fiscalYear, LocalDate from, LocalDate to, long total, Map<String, Long> byChannel,
		Map<String, Long> byCategory, Map<String, Long> byUnit, Map<String, Long> byStatus, Map<String, Long> bySla) {
}
