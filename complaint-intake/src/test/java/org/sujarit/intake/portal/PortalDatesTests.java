package org.sujarit.intake.portal;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PortalDatesTests {

	private final PortalDates dates = new PortalDates();

	@Test
	void thaiPagesShowTheBuddhistYearAndTheThaiMonth() {
		Instant instant = Instant.parse("2026-11-22T07:05:00Z");
		assertThat(this.dates.date(instant, PortalLocaleResolver.THAI)).isEqualTo("22 พฤศจิกายน 2569");
		assertThat(this.dates.dateTime(instant, PortalLocaleResolver.THAI))
			.isEqualTo("22 พฤศจิกายน 2569 เวลา 14:05 น.");
	}

	@Test
	void englishPagesShowTheGregorianDate() {
		Instant instant = Instant.parse("2026-11-22T07:05:00Z");
		assertThat(this.dates.date(instant, PortalLocaleResolver.ENGLISH)).isEqualTo("22 November 2026");
		assertThat(this.dates.dateTime(instant, PortalLocaleResolver.ENGLISH)).isEqualTo("22 November 2026, 14:05");
	}

	@Test
	void theDateIsBangkoksNotUtcs() {
		// 17:30 UTC on 31 December is already New Year's Day in Bangkok
		Instant instant = Instant.parse("2026-12-31T17:30:00Z");
		assertThat(this.dates.date(instant, PortalLocaleResolver.THAI)).isEqualTo("1 มกราคม 2570");
		assertThat(this.dates.date(instant, PortalLocaleResolver.ENGLISH)).isEqualTo("1 January 2027");
		assertThat(this.dates.iso(instant)).isEqualTo("2027-01-01T00:30:00+07:00");
	}

	@Test
	void nothingForNoDate() {
		assertThat(this.dates.date(null, PortalLocaleResolver.THAI)).isEmpty();
		assertThat(this.dates.dateTime(null, PortalLocaleResolver.ENGLISH)).isEmpty();
	}

}
