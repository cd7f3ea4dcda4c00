package org.sujarit.intake.portal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReportFormsTests {

	private final MutableClock clock = new MutableClock(Instant.parse("2026-11-22T07:00:00Z"));

	private final ReportForms forms = new ReportForms(this.clock);

	@Test
	void aTokenIsFreshUntilSpentOnce() {
		String token = this.forms.issue();
		assertThat(this.forms.check(token)).isEqualTo(ReportForms.State.FRESH);
		assertThat(this.forms.spend(token)).isTrue();
		assertThat(this.forms.check(token)).isEqualTo(ReportForms.State.SPENT);
		assertThat(this.forms.spend(token)).isFalse();
	}

	@Test
	void forgedMissingOrOldTokensAreInvalid() {
		String token = this.forms.issue();
		assertThat(this.forms.check(null)).isEqualTo(ReportForms.State.INVALID);
		assertThat(this.forms.check("abc")).isEqualTo(ReportForms.State.INVALID);
		assertThat(this.forms.check(token.substring(0, token.length() - 2) + "AA"))
			.isEqualTo(ReportForms.State.INVALID);
		assertThat(new ReportForms(this.clock).check(token)).isEqualTo(ReportForms.State.INVALID);
		this.clock.now = this.clock.now.plus(ReportForms.LIFETIME).plus(Duration.ofMinutes(1));
		assertThat(this.forms.check(token)).isEqualTo(ReportForms.State.INVALID);
	}

	private static final class MutableClock extends Clock {

		private Instant now;

		MutableClock(Instant now) {
			this.now = now;
		}

		@Override
		public ZoneOffset getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(java.time.ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return this.now;
		}

	}

}
