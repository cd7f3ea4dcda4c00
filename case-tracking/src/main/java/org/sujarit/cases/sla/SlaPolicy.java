package org.sujarit.cases.sla;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

/**
 * How long the municipality has to answer a case.
 *
 * @param days how many days after the day of receipt the answer is due, by the end of
 * that day
 * @param dayKind whether every day counts or only working days
 */
public record SlaPolicy(@Positive @Max(365) int days, @NotNull DayKind dayKind) {

	@Override
	public String toString() {
		return this.days + " " + this.dayKind;
	}

}
