package org.sujarit.intake;

import java.nio.file.Path;
import java.time.Duration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the intake service.
 *
 * @param responseDays days the municipality has to answer, counted from receipt (the
 * municipal measures say 15)
 * @param maxRequestBody the largest request body taken outside evidence uploads; larger
 * ones get 413. The platform's own limit ({@code sujarit.platform.max-request-body}) is
 * raised to let evidence files in, so this keeps every other endpoint at 256 KB (a
 * narrative of 20,000 Thai characters is about 60 KB of UTF-8)
 * @param whistleblower settings of the protected channel
 */
@Validated
@ConfigurationProperties("sujarit.intake")
public record IntakeProperties(@DefaultValue("15") @Min(1) @Max(365) int responseDays,
		@DefaultValue("256KB") @NotNull DataSize maxRequestBody,
		@DefaultValue @NotNull @Valid Whistleblower whistleblower) {

	/**
	 * Settings of the whistleblower channel.
	 *
	 * @param sealingKeyset the anonymizer's public hybrid keyset, which reports are
	 * sealed with
	 * @param receiptPepper the installation's secret receipt pepper (base64 file), used
	 * as the Argon2 salt of receipt hashes
	 * @param argon2 cost of the receipt hash
	 * @param evidence limits of evidence files sent with the receipt
	 * @param receiptChecks limits on checking receipts
	 */
	public record Whistleblower(
			@DefaultValue("./data/keys/whistleblower-sealing-public.json") @NotNull Path sealingKeyset,
			@DefaultValue("./data/keys/receipt-pepper.b64") @NotNull Path receiptPepper,
			@DefaultValue @NotNull @Valid Argon2 argon2, @DefaultValue @NotNull @Valid Evidence evidence,
			@DefaultValue @NotNull @Valid ReceiptChecks receiptChecks) {

	}

	/**
	 * Evidence files a reporter adds with their receipt.
	 *
	 * @param maxFileSize the largest file taken. A file travels base64 inside the sealed
	 * JSON, whose ciphertext travels base64 again: about 1.78 times its size, which must
	 * fit a sealed-topic message and a store document (16 MiB each). 8 MB fits; 9 MiB and
	 * more do not, and the service refuses to start with them
	 */
	public record Evidence(@DefaultValue("8MB") @NotNull DataSize maxFileSize) {

	}

	/**
	 * Limits that make guessing receipts useless on top of the slow hash, without locking
	 * anyone out by address: no limit here knows the client's address, so a kiosk or a
	 * school behind one public address is never blocked as a whole (GlobaLeaks #4403).
	 *
	 * @param perSecond receipt checks the whole service does per second, all receipts and
	 * clients together
	 * @param maxWait how long a check may wait for the global limit before it is answered
	 * 429
	 * @param perReceipt checks of one receipt (wrong or right, as typed) per window
	 * @param window how long the per-receipt count lasts
	 * @param trackedReceipts receipts counted at once, the memory bound; must exceed
	 * {@code perSecond} times the window in seconds, the most that can be counted in one
	 * window
	 */
	public record ReceiptChecks(@DefaultValue("20") @Min(1) int perSecond,
			@DefaultValue("500ms") @NotNull Duration maxWait, @DefaultValue("30") @Min(1) int perReceipt,
			@DefaultValue("10m") @NotNull Duration window, @DefaultValue("100000") @Min(10) int trackedReceipts) {

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
