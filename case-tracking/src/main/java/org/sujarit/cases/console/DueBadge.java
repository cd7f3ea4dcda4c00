package org.sujarit.cases.console;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

/**
 * How soon an open case is due, as a badge with words (not colour alone): overdue, due
 * today (in Bangkok), due within three days.
 */
public enum DueBadge {

	/** Open past its due date. */
	OVERDUE,

	/** Due before midnight in Bangkok. */
	TODAY,

	/** Due within three days. */
	SOON;

	/**
	 * The badge of a case.
	 * @param open whether the case is open
	 * @param respondBy its due date
	 * @param now the time now
	 * @return the badge, null when none applies
	 */
	public static DueBadge of(boolean open, Instant respondBy, Instant now) {
		if (!open || respondBy == null) {
			return null;
		}
		if (respondBy.isBefore(now)) {
			return OVERDUE;
		}
		LocalDate today = LocalDate.ofInstant(now, ConsoleDates.BANGKOK);
		if (!LocalDate.ofInstant(respondBy, ConsoleDates.BANGKOK).isAfter(today)) {
			return TODAY;
		}
		if (respondBy.isBefore(now.plus(Duration.ofDays(3)))) {
			return SOON;
		}
		return null;
	}

	/**
	 * The badge's style class.
	 * @return such as {@code badge-overdue}
	 */
	public String cssClass() {
		return "badge badge-" + name().toLowerCase(java.util.Locale.ROOT);
	}

}
