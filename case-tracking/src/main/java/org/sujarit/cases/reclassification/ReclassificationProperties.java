package org.sujarit.cases.reclassification;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the anonymizer's public sealing keyset is, which a reclassified complaint's
 * contact and text are sealed with.
 *
 * @param sealingKeyset the public hybrid keyset file (the dev stack makes development
 * keys under {@code ./data/keys})
 */
@ConfigurationProperties("sujarit.cases.reclassification")
public record ReclassificationProperties(
		@DefaultValue("./data/keys/whistleblower-sealing-public.json") Path sealingKeyset) {
}
