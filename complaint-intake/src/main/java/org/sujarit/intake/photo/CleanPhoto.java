package org.sujarit.intake.photo;

/**
 * A photo as intake passes it on: re-encoded, without metadata, at most the configured
 * size.
 *
 * @param contentType {@code image/jpeg} or {@code image/png}
 * @param extension {@code jpg} or {@code png}
 * @param content the re-encoded picture
 * @param width its width in pixels
 * @param height its height in pixels
 * @param sha256 hex SHA-256 of {@code content}
 */
public record CleanPhoto(String contentType, String extension, byte[] content, int width, int height, String sha256) {

	/**
	 * The neutral name the photo travels under.
	 * @param number the photo's number within its complaint, from 1
	 * @return for example {@code photo-1.jpg}
	 */
	public String fileName(int number) {
		return "photo-" + number + "." + this.extension;
	}

}
