package org.sujarit.anonymizer.followup;

/**
 * Turns an uploaded evidence file into a copy without metadata (EXIF, GPS, document
 * author fields), or refuses it. {@link FollowUps} calls it for every evidence file; the
 * application's is {@link ScrubberEvidenceScrubbing}, over the evidence package's
 * {@code EvidenceScrubber}.
 */
public interface EvidenceScrubbing {

	/**
	 * Scrubs one file.
	 * @param content the file's bytes
	 * @param declaredType the content type the browser declared (not trusted)
	 * @return the scrubbed copy, or a refusal
	 */
	Result scrub(byte[] content, String declaredType);

	/**
	 * What scrubbing gave.
	 *
	 * @param content the scrubbed bytes, null when refused
	 * @param contentType the type detected from the content, null when refused
	 * @param extension the file name extension for that type, such as {@code jpg}
	 * @param refusal why it was refused (a short code without personal data), null when
	 * scrubbed
	 */
	record Result(byte[] content, String contentType, String extension, String refusal) {

		/**
		 * A scrubbed copy.
		 * @param content the bytes
		 * @param contentType the detected type
		 * @param extension the extension
		 * @return the result
		 */
		public static Result scrubbed(byte[] content, String contentType, String extension) {
			return new Result(content, contentType, extension, null);
		}

		/**
		 * A refusal.
		 * @param reason a short code such as {@code unsupported-type}
		 * @return the result
		 */
		public static Result refused(String reason) {
			return new Result(null, null, null, reason);
		}

		/**
		 * Whether the file was refused.
		 * @return true when refused
		 */
		public boolean isRefused() {
			return this.refusal != null;
		}

	}

}
