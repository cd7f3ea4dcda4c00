package org.sujarit.cases.access;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.sujarit.cases.access.CaseAccess.Operation;
import org.sujarit.cases.access.CaseAccess.Subject;
import org.sujarit.platform.runtime.staff.StaffRole;
import org.sujarit.platform.runtime.staff.StaffUser;
import org.sujarit.platform.runtime.web.ProblemException;

import org.springframework.http.HttpStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class CaseAccessTests {

	private final CaseAccess access = new CaseAccess();

	private static final Subject ROADS = new Subject("PUBLIC_WORKS", false, null);

	private static final Subject BRIBERY = new Subject("LEGAL", true, null);

	// corruption case sent past the legal unit for a conflict of interest
	private static final Subject LEGAL_CONFLICT = new Subject("CLERK_OFFICE", true, null);

	private static final Subject RECORDED = new Subject("PUBLIC_WORKS", false, "clerk");

	@Test
	void anOfficerSeesOnlyTheirOwnUnitsGeneralCases() {
		StaffUser officer = user("officer", "PUBLIC_WORKS", StaffRole.OFFICER);
		StaffUser other = user("other", "FINANCE", StaffRole.OFFICER);

		assertThat(this.access.may(officer, ROADS, Operation.WORK)).isTrue();
		assertThat(this.access.may(officer, ROADS, Operation.CLAIM)).isTrue();
		assertThat(this.access.may(officer, ROADS, Operation.ASSIGN)).isFalse();
		assertThat(this.access.canSee(other, ROADS)).isFalse();
		assertThat(this.access.canSee(officer, BRIBERY)).isFalse();
		assertThatExceptionOfType(ProblemException.class)
			.isThrownBy(() -> this.access.require(other, ROADS, Operation.READ))
			.satisfies((ex) -> assertThat(ex.status()).isEqualTo(HttpStatus.NOT_FOUND));
		assertThatExceptionOfType(ProblemException.class)
			.isThrownBy(() -> this.access.require(officer, ROADS, Operation.REOPEN))
			.satisfies((ex) -> assertThat(ex.status()).isEqualTo(HttpStatus.FORBIDDEN));
	}

	@Test
	void corruptionCasesAreSeenOnlyByTheLegalUnitSupervisorsAndAuditors() {
		StaffUser legal = user("legal", "LEGAL", StaffRole.LEGAL_OFFICER);
		StaffUser clerkOfficeHead = user("head", "CLERK_OFFICE", StaffRole.UNIT_HEAD);
		StaffUser supervisor = user("sup", "CLERK_OFFICE", StaffRole.SUPERVISOR);
		StaffUser auditor = user("aud", "CLERK_OFFICE", StaffRole.AUDITOR);

		assertThat(this.access.may(legal, BRIBERY, Operation.WORK)).isTrue();
		assertThat(this.access.canSee(clerkOfficeHead, LEGAL_CONFLICT)).isFalse();
		assertThat(this.access.may(supervisor, LEGAL_CONFLICT, Operation.WORK)).isTrue();
		assertThat(this.access.may(auditor, BRIBERY, Operation.AUDIT)).isTrue();
		assertThat(this.access.may(auditor, BRIBERY, Operation.WORK)).isFalse();
		assertThat(this.access.seesCorruptionIn(clerkOfficeHead, "CLERK_OFFICE")).isFalse();
		assertThat(this.access.seesCorruptionIn(supervisor, "CLERK_OFFICE")).isTrue();
	}

	@Test
	void custodiansAndAdministratorsSeeNoCaseContent() {
		for (StaffRole role : new StaffRole[] { StaffRole.CUSTODIAN, StaffRole.ADMINISTRATOR }) {
			StaffUser user = user("u", "LEGAL", role);
			assertThat(this.access.canSee(user, BRIBERY)).as(role.name()).isFalse();
			assertThat(this.access.canSee(user, ROADS)).as(role.name()).isFalse();
			assertThat(this.access.mayListQueue(user, "LEGAL")).as(role.name()).isFalse();
		}
		assertThat(this.access.mayReadPolicy(user("a", "CLERK_OFFICE", StaffRole.ADMINISTRATOR))).isTrue();
		assertThat(this.access.mayReadPolicy(user("c", "LEGAL", StaffRole.CUSTODIAN))).isFalse();
	}

	@Test
	void anIntakeClerkReadsWhatTheyRecordedAndNothingElse() {
		StaffUser clerk = user("clerk", "CLERK_OFFICE", StaffRole.INTAKE_CLERK);

		assertThat(this.access.mayRecord(clerk)).isTrue();
		assertThat(this.access.may(clerk, RECORDED, Operation.READ)).isTrue();
		assertThat(this.access.may(clerk, RECORDED, Operation.WORK)).isFalse();
		assertThat(this.access.canSee(clerk, ROADS)).isFalse();
		assertThat(this.access.canSee(clerk, new Subject("LEGAL", true, "clerk"))).isFalse();
	}

	@Test
	void unitHeadsAssignAndReassignInTheirUnitSupervisorsEverywhereAndOnlySupervisorsReopen() {
		StaffUser head = user("head", "PUBLIC_WORKS", StaffRole.UNIT_HEAD);
		StaffUser otherHead = user("head2", "FINANCE", StaffRole.UNIT_HEAD);
		StaffUser supervisor = user("sup", "CLERK_OFFICE", StaffRole.SUPERVISOR);

		assertThat(this.access.may(head, ROADS, Operation.ASSIGN)).isTrue();
		assertThat(this.access.may(head, ROADS, Operation.REASSIGN)).isTrue();
		assertThat(this.access.may(head, ROADS, Operation.REOPEN)).isFalse();
		assertThat(this.access.canSee(otherHead, ROADS)).isFalse();
		assertThat(this.access.may(supervisor, ROADS, Operation.REASSIGN)).isTrue();
		assertThat(this.access.may(supervisor, BRIBERY, Operation.REOPEN)).isTrue();
		assertThat(this.access.mayListQueue(head, "PUBLIC_WORKS")).isTrue();
		assertThat(this.access.mayListQueue(head, "FINANCE")).isFalse();
	}

	private static StaffUser user(String name, String unit, StaffRole... roles) {
		return new StaffUser(name, name, unit, Set.of(roles));
	}

}
