package org.sujarit.anonymizer;

import java.nio.file.Path;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the anonymizer. The defaults point at the keysets the embedded dev stack
 * generates; production mounts them from a secret store.
 *
 * @param sealingKeyset the anonymizer's private hybrid keyset, which opens the reports
 * intake sealed with its public half
 * @param vaultKeyset the AEAD keyset that encrypts reporter identities at rest
 */
@Validated
@ConfigurationProperties("sujarit.anonymizer")
public record AnonymizerProperties(
		@DefaultValue("./data/keys/whistleblower-sealing-private.json") @NotNull Path sealingKeyset,
		@DefaultValue("./data/keys/vault-aead.json") @NotNull Path vaultKeyset) {
}
