package org.sujarit.intake.photo;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * The photo a citizen may attach to a general complaint.
 *
 * @param maxFileSize the largest photo taken, as sent; larger ones get a field error.
 * Must stay below {@code spring.servlet.multipart.max-file-size} (9MB) so the page, not
 * the servlet container, answers
 * @param maxSide the longest side, in pixels, a photo is kept at; larger ones are scaled
 * down
 * @param jpegQuality the quality JPEG photos are re-encoded at (0.5 to 1)
 * @param maxConcurrent photos decoded at once; a decoded 12-megapixel photo holds about
 * 36 MB, so this bounds what a burst of uploads can allocate
 */
@Validated
@ConfigurationProperties("sujarit.intake.photo")
public record PhotoProperties(@DefaultValue("5MB") @NotNull DataSize maxFileSize,
		@DefaultValue("2560") @Min(320) @Max(8192) int maxSide,
		@DefaultValue("0.9") @DecimalMin("0.5") @DecimalMax("1.0") float jpegQuality,
		@DefaultValue("2") @Min(1) int maxConcurrent) {

	/** The defaults, for tests and tools. */
	public static final PhotoProperties DEFAULTS = new PhotoProperties(DataSize.ofMegabytes(5), 2560, 0.9f, 2);

}
