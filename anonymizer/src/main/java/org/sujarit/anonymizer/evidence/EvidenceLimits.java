package org.sujarit.anonymizer.evidence;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * How much work one evidence file may cost before it is refused. Each bound sits far
 * below the heap (the embedded default runs every service in one JVM), so no file,
 * however it is shaped, can starve the process: an anonymous upload is hostile input. A
 * file over any bound is refused like a damaged one; the original stays sealed in the
 * vault.
 *
 * @param maxPartSize the most one part of an Office package may unpack to
 * @param maxUnpackedSize the most all parts of an Office package together may unpack to
 * @param maxEntries the most entries an Office package may hold
 * @param maxCompressionRatio the most an Office package may unpack to per byte of the
 * file (beyond its first megabyte), as zip bombs unpack to far more
 * @param maxElements the most XML elements one part may hold
 * @param maxDepth the deepest XML elements may nest in a part
 * @param pdfMaxMemory the most memory PDFBox may use for the streams it writes
 * @param pdfMaxObjectStreamSize the most all object streams of a PDF may inflate to
 * @param pdfMaxObjects the most objects a PDF's cross-reference table may list
 * @param pdfMaxPages the most pages a PDF may have
 * @param maxAttempts how many times one follow-up's file is tried; a later delivery of
 * the same follow-up (after a failure or a crash) is refused without opening the file
 */
@Validated
@ConfigurationProperties("sujarit.anonymizer.evidence")
public record EvidenceLimits(@DefaultValue("32MB") @NotNull DataSize maxPartSize,
		@DefaultValue("64MB") @NotNull DataSize maxUnpackedSize, @DefaultValue("5000") @Min(10) int maxEntries,
		@DefaultValue("100") @Min(2) int maxCompressionRatio, @DefaultValue("1000000") @Min(1000) int maxElements,
		@DefaultValue("256") @Min(16) int maxDepth, @DefaultValue("64MB") @NotNull DataSize pdfMaxMemory,
		@DefaultValue("32MB") @NotNull DataSize pdfMaxObjectStreamSize,
		@DefaultValue("200000") @Min(100) int pdfMaxObjects, @DefaultValue("5000") @Min(1) int pdfMaxPages,
		@DefaultValue("3") @Min(1) int maxAttempts) {

	/**
	 * The defaults, as the properties give them when nothing is set.
	 * @return the default limits
	 */
	public static EvidenceLimits defaults() {
		return new EvidenceLimits(DataSize.ofMegabytes(32), DataSize.ofMegabytes(64), 5000, 100, 1_000_000, 256,
				DataSize.ofMegabytes(64), DataSize.ofMegabytes(32), 200_000, 5000, 3);
	}

}
