package org.sujarit.platform.runtime.keys;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class SealingContextTests {

	@Test
	void reportIsBoundToItsSubmissionIdAsBefore() {
		assertThat(SealingContext.report("wb-1")).isEqualTo("wb-1".getBytes(StandardCharsets.UTF_8));
	}

	@Test
	void followUpIsBoundToSubmissionAndFollowUpAsIntakeSealsIt() {
		assertThat(new String(SealingContext.followUp("WB-1", "FU-2"), StandardCharsets.UTF_8)).isEqualTo("WB-1:FU-2");
	}

	@Test
	void differentPairsNeverShareAContext() {
		assertThat(SealingContext.followUp("wb-1", "2")).isNotEqualTo(SealingContext.followUp("wb-12", "" + "x"));
		assertThat(SealingContext.followUp("a", "bc")).isNotEqualTo(SealingContext.followUp("ab", "c"));
		assertThat(SealingContext.followUp("wb-1", "fu")).isNotEqualTo(SealingContext.report("wb-1"));
	}

	@Test
	void refusesIdsThatWouldMakeTheContextAmbiguous() {
		assertThatIllegalArgumentException().isThrownBy(() -> SealingContext.followUp("wb:1", "x"));
		assertThatIllegalArgumentException().isThrownBy(() -> SealingContext.followUp("wb", ""));
		assertThatIllegalArgumentException().isThrownBy(() -> SealingContext.followUp("wb", "f:2"));
		assertThatIllegalArgumentException().isThrownBy(() -> SealingContext.report(null));
	}

}
