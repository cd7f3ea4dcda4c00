package org.sujarit.cases.sla;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class SlaCalendarTests {

	private static final ZoneId BANGKOK = ZoneId.of("Asia/Bangkok");

	private static final SlaPolicy FIFTEEN_DAYS = new SlaPolicy(15, DayKind.CALENDAR);

	private static final SlaPolicy FIFTEEN_WORKING_DAYS = new SlaPolicy(15, DayKind.WORKING);

	private final SlaCalendar calendar = new SlaCalendar(BANGKOK, shippedHolidays());

	@Test
	void calendarDaysEndAtMidnightInBangkokOnTheFifteenthDayAfterReceipt() {
		Instant due = this.calendar.due(bangkok(2026, 11, 22, 10, 0), FIFTEEN_DAYS);

		assertThat(due).isEqualTo(Instant.parse("2026-12-07T16:59:59.999Z"));
		assertThat(due.atZone(BANGKOK).toLocalDateTime())
			.isEqualTo(LocalDateTime.of(2026, 12, 7, 23, 59, 59, 999_000_000));
	}

	@Test
	void theDayOfReceiptIsTheDayInBangkokNotInUtc() {
		// 23:30 in Bangkok is still 22 November; 00:30 the next night is 23 November,
		// although both are 22 November in UTC
		assertThat(this.calendar.due(Instant.parse("2026-11-22T16:30:00Z"), FIFTEEN_DAYS))
			.isEqualTo(Instant.parse("2026-12-07T16:59:59.999Z"));
		assertThat(this.calendar.due(Instant.parse("2026-11-22T17:30:00Z"), FIFTEEN_DAYS))
			.isEqualTo(Instant.parse("2026-12-08T16:59:59.999Z"));
	}

	@Test
	void workingDaysSkipWeekendsAndHolidays() {
		// Fri 4 Dec 2026: Mon 7 Dec (Father's Day substitute) and Thu 10 Dec
		// (Constitution Day) do not count
		Instant due = this.calendar.due(bangkok(2026, 12, 4, 9, 0), FIFTEEN_WORKING_DAYS);

		assertThat(due.atZone(BANGKOK).toLocalDate()).isEqualTo(LocalDate.of(2026, 12, 29));
		assertThat(this.calendar.isWorkingDay(LocalDate.of(2026, 12, 7))).isFalse();
		assertThat(this.calendar.isWorkingDay(LocalDate.of(2026, 12, 12))).isFalse();
		assertThat(this.calendar.isWorkingDay(LocalDate.of(2026, 12, 8))).isTrue();
	}

	@Test
	void workingDaysWithoutHolidaysOnlySkipWeekends() {
		SlaCalendar weekendsOnly = new SlaCalendar(BANGKOK, Set.of());

		Instant due = weekendsOnly.due(bangkok(2026, 12, 4, 9, 0), FIFTEEN_WORKING_DAYS);

		assertThat(due.atZone(BANGKOK).toLocalDate()).isEqualTo(LocalDate.of(2026, 12, 25));
	}

	@Test
	void deadlinesCrossTheYearBoundary() {
		assertThat(this.calendar.due(bangkok(2026, 12, 20, 15, 0), FIFTEEN_DAYS).atZone(BANGKOK).toLocalDate())
			.isEqualTo(LocalDate.of(2027, 1, 4));
		// 31 Dec and 1 Jan are holidays, 2 and 3 Jan a weekend
		assertThat(this.calendar.due(bangkok(2026, 12, 24, 15, 0), FIFTEEN_WORKING_DAYS).atZone(BANGKOK).toLocalDate())
			.isEqualTo(LocalDate.of(2027, 1, 18));
	}

	@Test
	void resumingACalendarCasePushesTheDueDateByTheTimePaused() {
		Instant due = Instant.parse("2026-12-07T16:59:59.999Z");
		Instant pausedAt = bangkok(2026, 11, 25, 9, 0);
		Instant resumedAt = pausedAt.plus(Duration.ofHours(52).plusMinutes(7));

		assertThat(this.calendar.resumed(due, pausedAt, resumedAt, DayKind.CALENDAR))
			.isEqualTo(due.plus(Duration.ofHours(52).plusMinutes(7)));
	}

	@Test
	void resumingAWorkingDayCasePushesTheDueDateByTheWorkingDaysPaused() {
		Instant due = this.calendar.due(bangkok(2026, 11, 23, 9, 0), FIFTEEN_WORKING_DAYS);
		assertThat(due.atZone(BANGKOK).toLocalDate()).isEqualTo(LocalDate.of(2026, 12, 16));

		// paused Monday morning, resumed Wednesday: Tuesday and Wednesday were lost
		Instant moved = this.calendar.resumed(due, bangkok(2026, 11, 23, 10, 0), bangkok(2026, 11, 25, 9, 0),
				DayKind.WORKING);
		assertThat(moved.atZone(BANGKOK).toLocalDate()).isEqualTo(LocalDate.of(2026, 12, 18));
		assertThat(moved).isEqualTo(this.calendar.endOf(LocalDate.of(2026, 12, 18)));

		// paused Friday evening, resumed Sunday: no working day lost
		assertThat(
				this.calendar.resumed(due, bangkok(2026, 11, 27, 18, 0), bangkok(2026, 11, 29, 12, 0), DayKind.WORKING))
			.isEqualTo(due);
		// a pause within one day moves nothing
		assertThat(
				this.calendar.resumed(due, bangkok(2026, 11, 24, 9, 0), bangkok(2026, 11, 24, 16, 0), DayKind.WORKING))
			.isEqualTo(due);
	}

	@Test
	void theShippedListCoversTwoYearsWithoutWeekendDates() {
		Set<LocalDate> holidays = shippedHolidays();

		assertThat(holidays).contains(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 4, 13), LocalDate.of(2027, 12, 31));
		assertThat(holidays).allSatisfy((day) -> {
			assertThat(day.getYear()).isBetween(2026, 2027);
			assertThat(day.getDayOfWeek().getValue()).isLessThanOrEqualTo(5);
		});
		assertThat(holidays.stream().filter((day) -> day.getYear() == 2026)).hasSizeGreaterThanOrEqualTo(15);
	}

	@Test
	void aBadLineInTheHolidayListIsNamed() {
		InputStream list = new ByteArrayInputStream(
				"2026-01-01 # fine\n2569-13-01 # BE by mistake\n".getBytes(StandardCharsets.UTF_8));

		assertThatIllegalStateException().isThrownBy(() -> SlaCalendar.readHolidays(list, "test-list"))
			.withMessageContaining("test-list line 2");
	}

	private static Instant bangkok(int year, int month, int day, int hour, int minute) {
		return LocalDateTime.of(year, month, day, hour, minute).atZone(BANGKOK).toInstant();
	}

	private static Set<LocalDate> shippedHolidays() {
		return SlaCalendar.readHolidays(SlaCalendarTests.class.getResourceAsStream("/sla/thai-public-holidays.txt"),
				"shipped");
	}

}
