package org.sujarit.intake.whistleblower;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sujarit.platform.events.Reporter;
import org.sujarit.platform.events.ReporterDisclosure;
import org.sujarit.platform.runtime.web.FieldError;

import static org.assertj.core.api.Assertions.assertThat;

class DisclosureChoiceTests {

	private static final Reporter NAME_ONLY = new Reporter("สมชาย", null, null, null, null, null, null);

	private static final Reporter WITH_EMAIL = new Reporter(null, null, null, null, "a@example.com", null, null);

	private static final Reporter WITH_PHONE = new Reporter(null, null, null, "0812345678", null, null, null);

	private final List<FieldError> errors = new ArrayList<>();

	@Test
	void noIdentityMeansAnonymous() {
		DisclosureChoice choice = DisclosureChoice.of(null, null, null, this.errors);

		assertThat(this.errors).isEmpty();
		assertThat(choice).isEqualTo(new DisclosureChoice(ReporterDisclosure.ANONYMOUS, false));
	}

	@Test
	void anIdentityWithoutAChoiceIsKeptConfidential() {
		DisclosureChoice choice = DisclosureChoice.of(null, null, NAME_ONLY, this.errors);

		assertThat(this.errors).isEmpty();
		assertThat(choice.disclosure()).isEqualTo(ReporterDisclosure.CONFIDENTIAL);
	}

	@Test
	void anIdentityMayStillBeGivenForRedactionOnly() {
		DisclosureChoice choice = DisclosureChoice.of(ReporterDisclosure.ANONYMOUS, false, NAME_ONLY, this.errors);

		assertThat(this.errors).isEmpty();
		assertThat(choice.disclosure()).isEqualTo(ReporterDisclosure.ANONYMOUS);
	}

	@Test
	void confidentialNeedsAnIdentity() {
		DisclosureChoice.of(ReporterDisclosure.CONFIDENTIAL, null, null, this.errors);

		assertThat(this.errors).extracting(FieldError::field, FieldError::rule)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("disclosure", "needs-identity"));
		assertThat(this.errors.get(0).messageTh()).contains("CONFIDENTIAL");
	}

	@Test
	void pingsNeedConfidentialAndAnEmailOrPhone() {
		assertThat(DisclosureChoice.of(null, true, WITH_EMAIL, this.errors).updatePings()).isTrue();
		assertThat(DisclosureChoice.of(ReporterDisclosure.CONFIDENTIAL, true, WITH_PHONE, this.errors).updatePings())
			.isTrue();
		assertThat(this.errors).isEmpty();

		DisclosureChoice.of(null, true, null, this.errors);
		DisclosureChoice.of(null, true, NAME_ONLY, this.errors);
		DisclosureChoice.of(ReporterDisclosure.ANONYMOUS, true, WITH_EMAIL, this.errors);

		assertThat(this.errors).hasSize(3)
			.allSatisfy((error) -> assertThat(error.field() + " " + error.rule())
				.isEqualTo("updatePings confidential-contact"));
	}

	@Test
	void pingsOffNeedNothing() {
		DisclosureChoice choice = DisclosureChoice.of(ReporterDisclosure.ANONYMOUS, false, null, this.errors);

		assertThat(this.errors).isEmpty();
		assertThat(choice.updatePings()).isFalse();
	}

}
