package org.sujarit.platform.testkit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for how {@link InfrastructureMode} chooses between embedded and containers.
 */
class InfrastructureModeTests {

	@Test
	void dockerDecidesWhenNothingIsForced() {
		assertThat(InfrastructureMode.select(null, null, () -> true)).isEqualTo(InfrastructureMode.CONTAINERS);
		assertThat(InfrastructureMode.select(" ", "", () -> false)).isEqualTo(InfrastructureMode.EMBEDDED);
	}

	@Test
	void forcedModeWinsOverDockerAndSystemPropertyOverEnvironment() {
		assertThat(InfrastructureMode.select(null, "embedded", () -> true)).isEqualTo(InfrastructureMode.EMBEDDED);
		assertThat(InfrastructureMode.select("Containers", "embedded", () -> false))
			.isEqualTo(InfrastructureMode.CONTAINERS);
	}

	@Test
	void forcedModeIsNotCheckedAgainstDocker() {
		assertThat(InfrastructureMode.select("embedded", null, () -> {
			throw new AssertionError("Docker must not be probed when a mode is forced");
		})).isEqualTo(InfrastructureMode.EMBEDDED);
	}

	@Test
	void unknownModeIsRejected() {
		assertThatIllegalArgumentException().isThrownBy(() -> InfrastructureMode.select("docker", null, () -> true))
			.withMessageContaining("SUJARIT_TEST_INFRA")
			.withMessageContaining("embedded")
			.withMessageContaining("containers");
	}

}
