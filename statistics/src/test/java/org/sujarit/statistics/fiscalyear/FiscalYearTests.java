package org.sujarit.statistics.fiscalyear;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FiscalYearTests {

	@Test
	void aNewFiscalYearStartsAtMidnightOfFirstOctoberInBangkok() {
		assertThat(FiscalYear.of(bangkok("2026-10-01T00:00:00+07:00"))).isEqualTo(new FiscalYear(2570));
		assertThat(FiscalYear.of(bangkok("2026-09-30T23:59:00+07:00"))).isEqualTo(new FiscalYear(2569));
	}

	@Test
	void theBoundaryIsBangkokTimeNotUtc() {
		// still 30 September in UTC, already 1 October in Thailand
		assertThat(FiscalYear.of(Instant.parse("2026-09-30T17:00:00Z")).buddhistYear()).isEqualTo(2570);
		assertThat(FiscalYear.of(Instant.parse("2026-09-30T16:59:59Z")).buddhistYear()).isEqualTo(2569);
	}

	@Test
	void theLabelIsTheBuddhistEraYearInWhichTheFiscalYearEnds() {
		assertThat(FiscalYear.of(LocalDate.of(2026, 1, 1)).buddhistYear()).isEqualTo(2569);
		assertThat(FiscalYear.of(LocalDate.of(2025, 10, 1)).buddhistYear()).isEqualTo(2569);
		assertThat(FiscalYear.of(LocalDate.of(2025, 9, 30)).buddhistYear()).isEqualTo(2568);
		assertThat(new FiscalYear(2569).commonEraEndYear()).isEqualTo(2026);
	}

	@Test
	void fromAndToAreTheFirstAndLastDay() {
		FiscalYear year = new FiscalYear(2569);

		assertThat(year.from()).isEqualTo(LocalDate.of(2025, 10, 1));
		assertThat(year.to()).isEqualTo(LocalDate.of(2026, 9, 30));
		assertThat(FiscalYear.of(year.from())).isEqualTo(year);
		assertThat(FiscalYear.of(year.to())).isEqualTo(year);
		assertThat(FiscalYear.of(year.to().plusDays(1))).isEqualTo(new FiscalYear(2570));
	}

	@Test
	void leapDaysBelongToTheirFiscalYear() {
		assertThat(FiscalYear.of(LocalDate.of(2028, 2, 29)).buddhistYear()).isEqualTo(2571);
	}

	private static Instant bangkok(String timestamp) {
		return OffsetDateTime.parse(timestamp).toInstant();
	}

}
