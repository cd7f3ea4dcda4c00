package org.sujarit.intake;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

class IntakePropertiesTests {

	@Test
	void defaultsRunWithoutConfiguration() {
		IntakeProperties properties = bind(Map.of());
		assertThat(properties.responseDays()).isEqualTo(15);
		assertThat(properties.whistleblower().sealingKeyset().normalize())
			.isEqualTo(Path.of("data/keys/whistleblower-sealing-public.json"));
		assertThat(properties.whistleblower().receiptPepper().normalize())
			.isEqualTo(Path.of("data/keys/receipt-pepper.b64"));
		IntakeProperties.Argon2 argon2 = properties.whistleblower().argon2();
		assertThat(argon2.memoryKib()).isEqualTo(19456);
		assertThat(argon2.iterations()).isEqualTo(2);
		assertThat(argon2.parallelism()).isEqualTo(1);
		assertThat(argon2.hashLength()).isEqualTo(32);
	}

	@Test
	void kebabCasePropertiesBind() {
		IntakeProperties properties = bind(Map.of("sujarit.intake.response-days", "10",
				"sujarit.intake.whistleblower.argon2.memory-kib", "65536"));
		assertThat(properties.responseDays()).isEqualTo(10);
		assertThat(properties.whistleblower().argon2().memoryKib()).isEqualTo(65536);
	}

	private static IntakeProperties bind(Map<String, String> values) {
		return new Binder(new MapConfigurationPropertySource(values)).bindOrCreate("sujarit.intake",
				IntakeProperties.class);
	}

}
