package org.sujarit.platform.events;

import java.time.Instant;

/**
 * A citizen attached a photo to a general complaint. Produced by complaint-intake on
 * {@link Topics#COMPLAINT_PHOTOS} (a large-message topic), keyed by tracking code, in the
 * same store write as the complaint's {@link ComplaintSubmitted}; consumed by
 * case-tracking, which keeps the photo with the case. Intake has decoded and re-encoded
 * the picture, which drops its EXIF (GPS position, camera, owner), XMP and text chunks,
 * and scaled it down to a longest side of at most 2560 pixels.
 *
 * @param trackingCode the complaint's tracking code, also the case id; not personal data
 * @param photoId the photo's id ({@code PH-} + 16 Crockford base32 characters); not
 * personal data
 * @param contentType {@code image/jpeg} or {@code image/png}, detected from the bytes;
 * not personal data
 * @param fileName a neutral name intake gave it, such as {@code photo-1.jpg}, never the
 * citizen's own file name; not personal data
 * @param sizeBytes size of the re-encoded picture; not personal data
 * @param sha256 hex SHA-256 of the re-encoded picture; not personal data
 * @param attachedAt when intake received it; not personal data
 * @param contentBase64 base64 of the re-encoded picture, without metadata; may show
 * people, faces, number plates or the complainant's home: personal data
 */
public record ComplaintPhotoAttached(String trackingCode, String photoId, String contentType, String fileName,
		long sizeBytes, String sha256, Instant attachedAt, String contentBase64) {
}
