package org.sujarit.anonymizer;

import java.nio.file.Path;

import com.google.crypto.tink.HybridDecrypt;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sujarit.anonymizer.evidence.EvidenceLimits;
import org.sujarit.anonymizer.vault.VaultKey;
import org.sujarit.platform.runtime.keys.Keysets;

import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

class AnonymizerConfigurationTests {

	@TempDir
	static Path keys;

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withUserConfiguration(AnonymizerConfiguration.class);

	@BeforeAll
	static void makeKeys() {
		Keysets.ensureDevelopmentKeysets(keys);
	}

	@Test
	void loadsBothKeysetsAtStart() {
		this.runner.withPropertyValues(keysetProperties(keys.resolve(Keysets.SEALING_PRIVATE)))
			.run((context) -> assertThat(context).hasSingleBean(HybridDecrypt.class).hasSingleBean(VaultKey.class));
	}

	@Test
	void evidenceLimitsDefaultToTheDocumentedValuesAndCanBeSet() {
		this.runner.withPropertyValues(keysetProperties(keys.resolve(Keysets.SEALING_PRIVATE)))
			.run((context) -> assertThat(context.getBean(EvidenceLimits.class)).isEqualTo(EvidenceLimits.defaults()));
		String[] tighter = { "sujarit.anonymizer.evidence.max-elements=5000",
				"sujarit.anonymizer.evidence.max-part-size=1MB", "sujarit.anonymizer.evidence.max-attempts=1" };
		this.runner.withPropertyValues(keysetProperties(keys.resolve(Keysets.SEALING_PRIVATE)))
			.withPropertyValues(tighter)
			.run((context) -> {
				EvidenceLimits limits = context.getBean(EvidenceLimits.class);
				assertThat(limits.maxElements()).isEqualTo(5000);
				assertThat(limits.maxPartSize()).isEqualTo(DataSize.ofMegabytes(1));
				assertThat(limits.maxAttempts()).isEqualTo(1);
			});
	}

	@Test
	void missingKeysetStopsTheStartNamingTheSetting() {
		Path missing = keys.resolve("nowhere.json");
		this.runner.withPropertyValues(keysetProperties(missing))
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("sujarit.anonymizer.sealing-keyset")
				.hasMessageContaining(missing.toString()));
	}

	private static String[] keysetProperties(Path sealingKeyset) {
		return new String[] { "sujarit.anonymizer.sealing-keyset=" + sealingKeyset,
				"sujarit.anonymizer.vault-keyset=" + keys.resolve(Keysets.VAULT) };
	}

}
