package org.sujarit.intake.complaint;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TrackingCodesTests {

	private static final String FORMAT = "SJ-[0-9ABCDEFGHJKMNPQRSTVWXYZ]{5}-[0-9ABCDEFGHJKMNPQRSTVWXYZ]{5}";

	private final TrackingCodes codes = new TrackingCodes();

	@Test
	void codesAreTenCrockfordSymbolsInTwoGroups() {
		for (int i = 0; i < 200; i++) {
			assertThat(this.codes.next()).matches(FORMAT);
		}
	}

	@Test
	void codesAreRandomNotSequential() {
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < 1000; i++) {
			seen.add(this.codes.next());
		}
		assertThat(seen).hasSize(1000);
	}

	@Test
	void lookupsAcceptWhatPeopleType() {
		assertThat(TrackingCodes.normalise("SJ-7K3QM-94XVZ")).contains("SJ-7K3QM-94XVZ");
		assertThat(TrackingCodes.normalise("sj-7k3qm-94xvz")).contains("SJ-7K3QM-94XVZ");
		assertThat(TrackingCodes.normalise("SJ7K3QM94XVZ")).contains("SJ-7K3QM-94XVZ");
		assertThat(TrackingCodes.normalise("7k3qm 94xvz")).contains("SJ-7K3QM-94XVZ");
		assertThat(TrackingCodes.normalise(" sj 7k3qm-94xvz ")).contains("SJ-7K3QM-94XVZ");
	}

	@Test
	void lookalikeLettersReadAsDigits() {
		assertThat(TrackingCodes.normalise("SJ-OIL00-00000")).contains("SJ-01100-00000");
	}

	@Test
	void whatCannotBeACodeIsRefused() {
		assertThat(TrackingCodes.normalise(null)).isEmpty();
		assertThat(TrackingCodes.normalise("")).isEmpty();
		assertThat(TrackingCodes.normalise("SJ-7K3QM-94XV")).isEmpty();
		assertThat(TrackingCodes.normalise("SJ-7K3QM-94XVZZ")).isEmpty();
		assertThat(TrackingCodes.normalise("SJ-7K3QM-94XVU")).as("U is not a symbol").isEmpty();
		assertThat(TrackingCodes.normalise("XX-7K3QM-94XVZ")).isEmpty();
		assertThat(TrackingCodes.normalise("SJ-7K3QM-94X{}")).isEmpty();
	}

}
