package org.sujarit.cases.sla;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Set;
import java.util.TreeSet;

/**
 * The deadline arithmetic: the days of the municipality's zone, its weekends and public
 * holidays.
 * <p>
 * A case received on day D with a policy of N days is due at the end of the N-th day
 * after D (calendar) or of the N-th working day after D (working days), that is
 * 23:59:59.999 in the zone. The day of receipt itself never counts, so a complaint
 * received late in the evening loses nothing.
 */
public class SlaCalendar {

	private final ZoneId zone;

	private final Set<LocalDate> holidays;

	public SlaCalendar(ZoneId zone, Set<LocalDate> holidays) {
		this.zone = zone;
		this.holidays = Set.copyOf(holidays);
	}

	public ZoneId zone() {
		return this.zone;
	}

	/**
	 * When a case is due.
	 * @param receivedAt when intake received the complaint
	 * @param policy the case's policy
	 * @return the end of the due day in the zone
	 */
	public Instant due(Instant receivedAt, SlaPolicy policy) {
		LocalDate day = receivedAt.atZone(this.zone).toLocalDate();
		return endOf(advance(day, policy.days(), policy.dayKind()));
	}

	/**
	 * Where the due date moves when a paused case resumes. With calendar days it moves by
	 * the time spent paused; with working days by the working days spent paused, counted
	 * as the working days after the day of the pause up to and including the day of
	 * resumption (a pause within one day moves nothing).
	 * @param due the due date while paused
	 * @param pausedAt when the case was paused
	 * @param resumedAt when it resumed
	 * @param dayKind how the case's days count
	 * @return the new due date
	 */
	public Instant resumed(Instant due, Instant pausedAt, Instant resumedAt, DayKind dayKind) {
		if (!resumedAt.isAfter(pausedAt)) {
			return due;
		}
		if (dayKind == DayKind.CALENDAR) {
			return due.plus(Duration.between(pausedAt, resumedAt));
		}
		LocalDate from = pausedAt.atZone(this.zone).toLocalDate();
		LocalDate to = resumedAt.atZone(this.zone).toLocalDate();
		int paused = 0;
		for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
			if (isWorkingDay(day)) {
				paused++;
			}
		}
		if (paused == 0) {
			return due;
		}
		LocalDate dueDay = due.atZone(this.zone).toLocalDate();
		return endOf(advance(dueDay, paused, DayKind.WORKING));
	}

	/**
	 * The end of a day in the zone, the moment a deadline on that day passes.
	 * @param day the day
	 * @return 23:59:59.999 of the day in the zone
	 */
	public Instant endOf(LocalDate day) {
		return day.plusDays(1).atStartOfDay(this.zone).toInstant().minusMillis(1);
	}

	/**
	 * Whether staff work on a day.
	 * @param day the day
	 * @return false on Saturdays, Sundays and listed holidays
	 */
	public boolean isWorkingDay(LocalDate day) {
		DayOfWeek weekday = day.getDayOfWeek();
		return weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY && !this.holidays.contains(day);
	}

	private LocalDate advance(LocalDate day, int days, DayKind dayKind) {
		if (dayKind == DayKind.CALENDAR) {
			return day.plusDays(days);
		}
		LocalDate current = day;
		int counted = 0;
		while (counted < days) {
			current = current.plusDays(1);
			if (isWorkingDay(current)) {
				counted++;
			}
		}
		return current;
	}

	/**
	 * Reads a holiday list: one ISO date a line, {@code #} starts a comment.
	 * @param input the list
	 * @param source where it came from, for the error message
	 * @return the dates
	 * @throws IllegalStateException naming the line when a date does not parse
	 */
	public static Set<LocalDate> readHolidays(InputStream input, String source) {
		Set<LocalDate> dates = new TreeSet<>();
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(input, StandardCharsets.UTF_8))) {
			String line;
			int number = 0;
			while ((line = reader.readLine()) != null) {
				number++;
				int comment = line.indexOf('#');
				String text = ((comment >= 0) ? line.substring(0, comment) : line).strip();
				if (text.isEmpty()) {
					continue;
				}
				try {
					dates.add(LocalDate.parse(text));
				}
				catch (DateTimeParseException ex) {
					throw new IllegalStateException(
							"Holiday list " + source + " line " + number + ": not an ISO date (yyyy-MM-dd, CE)", ex);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return dates;
	}

}
