package org.sujarit.anonymizer.disclosure;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.sujarit.platform.runtime.staff.StaffRole;
import org.sujarit.platform.runtime.staff.StaffUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;

class DisclosureTests {

	private static final Instant NOW = Instant.parse("2026-11-22T03:00:00Z");

	private static final Duration WINDOW = Duration.ofHours(24);

	private static final StaffUser OFFICER = user("lawyer", StaffRole.LEGAL_OFFICER);

	private static final StaffUser OTHER_OFFICER = user("lawyer2", StaffRole.LEGAL_OFFICER);

	private static final StaffUser CUSTODIAN = user("keeper", StaffRole.CUSTODIAN);

	private final Disclosure pending = Disclosure.request("d-1", "wb-1", "Quiet Heron 27", OFFICER,
			"Court order 123/2569 requires the witness", NOW);

	@Test
	void onlyALegalOfficerMayAsk() {
		assertThat(this.pending.state()).isEqualTo(DisclosureState.PENDING);
		assertThat(this.pending.requestedBy()).isEqualTo("lawyer");
		assertThatExceptionOfType(DisclosureException.class)
			.isThrownBy(() -> Disclosure.request("d-2", "wb-1", "p", user("clerk", StaffRole.OFFICER), "reason", NOW));
	}

	@Test
	void onlyACustodianDecides() {
		assertThatExceptionOfType(DisclosureException.class)
			.isThrownBy(() -> this.pending.decide(OTHER_OFFICER, true, "fine", false, null, NOW, WINDOW));
	}

	@Test
	void theCustodianMustNotBeTheRequester() {
		StaffUser both = user("lawyer", StaffRole.LEGAL_OFFICER, StaffRole.CUSTODIAN);
		Disclosure own = Disclosure.request("d-3", "wb-1", "p", both, "reason", NOW);
		assertThatExceptionOfType(DisclosureException.class)
			.isThrownBy(() -> own.decide(both, true, "approved", false, null, NOW, WINDOW))
			.withMessageContaining("must not be the one who asked");
	}

	@Test
	void approvalOpensAReadWindowForTheRequesterOnly() {
		Disclosure approved = this.pending.decide(CUSTODIAN, true, "Court order checked", false, null, NOW, WINDOW);
		assertThat(approved.state()).isEqualTo(DisclosureState.APPROVED);
		assertThat(approved.readableUntil()).isEqualTo(NOW.plus(WINDOW));
		assertThatNoException().isThrownBy(() -> approved.checkRead(OFFICER, NOW.plusSeconds(60)));
		assertThatNoException().isThrownBy(() -> approved.checkRead(OFFICER, NOW.plus(WINDOW).minusMillis(1)));
		assertThatExceptionOfType(DisclosureException.class)
			.isThrownBy(() -> approved.checkRead(OFFICER, NOW.plus(WINDOW)))
			.withMessageContaining("window");
		assertThatExceptionOfType(DisclosureException.class)
			.isThrownBy(() -> approved.checkRead(OTHER_OFFICER, NOW.plusSeconds(60)));
		assertThatExceptionOfType(DisclosureException.class)
			.isThrownBy(() -> approved.checkRead(CUSTODIAN, NOW.plusSeconds(60)));
	}

	@Test
	void nobodyReadsBeforeApprovalOrAfterDenial() {
		assertThatExceptionOfType(DisclosureException.class).isThrownBy(() -> this.pending.checkRead(OFFICER, NOW))
			.withMessageContaining("approved");
		Disclosure denied = this.pending.decide(CUSTODIAN, false, "No legal ground", false, null, NOW, WINDOW);
		assertThat(denied.state()).isEqualTo(DisclosureState.DENIED);
		assertThat(denied.readableUntil()).isNull();
		assertThatExceptionOfType(DisclosureException.class).isThrownBy(() -> denied.checkRead(OFFICER, NOW))
			.withMessageContaining("denied");
	}

	@Test
	void aDecisionIsFinal() {
		Disclosure denied = this.pending.decide(CUSTODIAN, false, "No legal ground", false, null, NOW, WINDOW);
		assertThatExceptionOfType(DisclosureException.class).isThrownBy(
				() -> denied.decide(user("keeper2", StaffRole.CUSTODIAN), true, "ok", false, null, NOW, WINDOW));
	}

	@Test
	void withheldNoticeKeepsItsLegalBasisOnlyOnApproval() {
		Disclosure approved = this.pending.decide(CUSTODIAN, true, "Court order checked", true, "Section 59", NOW,
				WINDOW);
		assertThat(approved.withholdNotice()).isTrue();
		assertThat(approved.legalBasis()).isEqualTo("Section 59");
		Disclosure denied = this.pending.decide(CUSTODIAN, false, "No ground", true, "Section 59", NOW, WINDOW);
		assertThat(denied.withholdNotice()).isFalse();
		assertThat(denied.legalBasis()).isNull();
	}

	private static StaffUser user(String name, StaffRole... roles) {
		return new StaffUser(name, name, "LEGAL", Set.of(roles));
	}

}
