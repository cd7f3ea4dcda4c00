package org.sujarit.anonymizer.disclosure;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the two-person disclosure procedure.
 *
 * @param readWindow how long after approval the requesting officer may read the identity
 * @param minReasonLength the shortest reason a request or decision may give, in
 * characters: a written reason, not a word
 */
@Validated
@ConfigurationProperties("sujarit.anonymizer.disclosure")
public record DisclosureProperties(@DefaultValue("24h") @NotNull Duration readWindow,
		@DefaultValue("20") @Min(1) @Max(2000) int minReasonLength) {
}
