package org.sujarit.intake;

import java.nio.file.Path;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the intake service.
 *
 * @param responseDays days the municipality has to answer, counted from receipt (the
 * municipal measures say 15)
 * @param whistleblower settings of the protected channel
 */
@Validated
@ConfigurationProperties("sujarit.intake")
public record IntakeProperties(@DefaultValue("15") @Min(1) @Max(365) int responseDays,
		@DefaultValue @NotNull @Valid Whistleblower whistleblower) {

	/**
	 * Settings of the whistleblower channel.
	 *
	 * @param sealingKeyset the anonymizer's public hybrid keyset, which reports are
	 * sealed with
	 * @param receiptPepper the installation's secret receipt pepper (base64 file), used
	 * as the Argon2 salt of receipt hashes
	 * @param argon2 cost of the receipt hash
	 */
	public record Whistleblower(
			@DefaultValue("./data/keys/whistleblower-sealing-public.json") @NotNull Path sealingKeyset,
			@DefaultValue("./data/keys/receipt-pepper.b64") @NotNull Path receiptPepper,
			@DefaultValue @NotNull @Valid Argon2 argon2) {

	}

	/**
	 * Argon2id parameters of the receipt hash. The defaults are OWASP's minimum for
	 * Argon2id. Changing them changes every hash: receipts issued before can no longer be
	 * found.
	 *
	 * @param memoryKib memory per hash in KiB
	 * @param iterations passes over the memory
	 * @param parallelism lanes
	 * @param hashLength bytes of output
	 * @param maxConcurrent hashes computed at once; each holds {@code memoryKib} of
	 * memory, so this bounds what a burst of requests can allocate
	 */
	public record Argon2(@DefaultValue("19456") @Min(8) int memoryKib, @DefaultValue("2") @Min(1) int iterations,
			@DefaultValue("1") @Min(1) int parallelism, @DefaultValue("32") @Min(16) @Max(64) int hashLength,
			@DefaultValue("4") @Min(1) int maxConcurrent) {

	}

}
