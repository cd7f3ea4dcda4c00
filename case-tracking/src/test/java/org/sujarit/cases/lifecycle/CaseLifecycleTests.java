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
			"IN_PROGRESS, CLOSED", "RESOLVED, RESOLVED", "RESOLVED, ACKNOWLEDGED", "ACKNOWLEDGED, ACKNOWLEDGED",
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
	void aFinishedCaseOnlyReopens() {
		for (CaseStatus finished : new CaseStatus[] { CaseStatus.CLOSED, CaseStatus.REJECTED, CaseStatus.REFERRED }) {
			assertThat(this.lifecycle.actions(finished)).as(finished.name()).containsExactly(CaseAction.REOPEN);
			assertThat(this.lifecycle.next(finished)).containsExactly(CaseStatus.IN_PROGRESS);
		}
		assertThat(this.lifecycle.actions(CaseStatus.RESOLVED)).containsExactly(CaseAction.CLOSE, CaseAction.REOPEN);
	}

	@Test
	void waitingOnTheComplainantPausesAndResumes() {
		assertThat(this.lifecycle.allows(CaseStatus.IN_PROGRESS, CaseAction.AWAIT_COMPLAINANT)).isTrue();
		assertThat(this.lifecycle.allows(CaseStatus.RECEIVED, CaseAction.AWAIT_COMPLAINANT)).isFalse();
		assertThat(this.lifecycle.actions(CaseStatus.WAITING_ON_COMPLAINANT)).containsExactly(CaseAction.RESUME,
				CaseAction.RESOLVE);
	}

	@Test
	void openCasesCanBeRejectedOrReferredButNotWhileWaiting() {
		for (CaseStatus status : new CaseStatus[] { CaseStatus.RECEIVED, CaseStatus.ACKNOWLEDGED,
				CaseStatus.IN_PROGRESS }) {
			assertThat(this.lifecycle.next(status)).as(status.name())
				.contains(CaseStatus.REJECTED, CaseStatus.REFERRED);
		}
		assertThat(this.lifecycle.allows(CaseStatus.RESOLVED, CaseAction.REJECT)).isFalse();
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
