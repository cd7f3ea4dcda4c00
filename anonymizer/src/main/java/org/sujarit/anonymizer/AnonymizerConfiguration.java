package org.sujarit.anonymizer;

import java.nio.file.Files;
import java.nio.file.Path;

import com.google.crypto.tink.HybridDecrypt;
import org.sujarit.anonymizer.disclosure.DisclosureProperties;
import org.sujarit.anonymizer.evidence.EvidenceLimits;
import org.sujarit.anonymizer.redaction.Redactor;
import org.sujarit.anonymizer.vault.VaultKey;
import org.sujarit.platform.runtime.keys.Keysets;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The keys and the redaction engine, loaded once at start. A missing keyset stops the
 * application at once: an anonymizer that cannot open reports or seal identities would
 * only fill the dead-letter topic.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ AnonymizerProperties.class, DisclosureProperties.class, EvidenceLimits.class })
public class AnonymizerConfiguration {

	@Bean
	HybridDecrypt sealedReportDecrypt(AnonymizerProperties properties) {
		return Keysets.opener(require(properties.sealingKeyset(), "sujarit.anonymizer.sealing-keyset",
				"the anonymizer's private hybrid keyset"));
	}

	@Bean
	VaultKey vaultKey(AnonymizerProperties properties) {
		return VaultKey
			.load(require(properties.vaultKeyset(), "sujarit.anonymizer.vault-keyset", "the vault's AEAD keyset"));
	}

	@Bean
	Redactor redactor() {
		return new Redactor();
	}

	private static Path require(Path file, String property, String what) {
		if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
			throw new IllegalStateException(
					"Keyset file " + file.toAbsolutePath().normalize() + " is missing or unreadable: set " + property
							+ " to " + what + " (the embedded dev stack generates one under ./data/keys)");
		}
		return file;
	}

}
