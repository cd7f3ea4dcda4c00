package org.sujarit.cases.sla;

/**
 * How the days of a response deadline are counted.
 */
public enum DayKind {

	/** Every day counts. */
	CALENDAR,

	/** Only working days count: not weekends, not the configured public holidays. */
	WORKING

}
