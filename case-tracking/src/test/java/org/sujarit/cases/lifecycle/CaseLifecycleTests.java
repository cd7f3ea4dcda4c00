package org.sujarit.cases.lifecycle;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.sujarit.platform.events.CaseStatus;

import static org.assertj.core.api.Assertions.assertThat;

class CaseLifecycleTests {

	private final CaseLifecycle lifecycle = new CaseLifecycle();

	@ParameterizedTest
	@CsvSource({ "RECEIVED, ACKNOWLEDGED", "ACKNOWLEDGED, IN_PROGRESS", "RECEIVED, RESOLVED", "ACKNOWLEDGED, RESOLVED",
			"IN_PROGRESS, RESOLVED", "RESOLVED, CLOSED" })
	void allowsTheWorkingPath(CaseStatus from, CaseStatus to) {
		assertThat(this.lifecycle.allows(from, to)).isTrue();
	}

	@ParameterizedTest
	@CsvSource({ "RECEIVED, IN_PROGRESS", "RECEIVED, CLOSED", "ACKNOWLEDGED, CLOSED", "IN_PROGRESS, ACKNOWLEDGED",
			"IN_PROGRESS, CLOSED", "RESOLVED, RESOLVED", "RESOLVED, IN_PROGRESS", "ACKNOWLEDGED, ACKNOWLEDGED",
			"CLOSED, RESOLVED", "CLOSED, RECEIVED" })
	void refusesSkippingGoingBackOrRepeating(CaseStatus from, CaseStatus to) {
		assertThat(this.lifecycle.allows(from, to)).isFalse();
	}

	@ParameterizedTest
	@EnumSource(CaseStatus.class)
	void nothingGoesBackToReceived(CaseStatus from) {
		assertThat(this.lifecycle.allows(from, CaseStatus.RECEIVED)).isFalse();
	}

	@Test
	void aClosedCaseIsFinal() {
		assertThat(this.lifecycle.next(CaseStatus.CLOSED)).isEmpty();
	}

	@Test
	void actionsLeadToTheirStatus() {
		assertThat(this.lifecycle.allows(CaseStatus.RECEIVED, CaseAction.ACKNOWLEDGE)).isTrue();
		assertThat(this.lifecycle.allows(CaseStatus.ACKNOWLEDGED, CaseAction.START)).isTrue();
		assertThat(this.lifecycle.allows(CaseStatus.IN_PROGRESS, CaseAction.RESOLVE)).isTrue();
		assertThat(this.lifecycle.allows(CaseStatus.RESOLVED, CaseAction.CLOSE)).isTrue();
		assertThat(this.lifecycle.allows(CaseStatus.RESOLVED, CaseAction.RESOLVE)).isFalse();
		assertThat(this.lifecycle.allows(CaseStatus.RECEIVED, CaseAction.START)).isFalse();
	}

	@Test
	void openCasesCanBeResolved() {
		for (CaseStatus status : CaseStatus.values()) {
			assertThat(this.lifecycle.allows(status, CaseStatus.RESOLVED)).as(status.name()).isEqualTo(status.open());
		}
	}

}
