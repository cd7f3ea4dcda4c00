package org.sujarit.platform.events;

/**
 * A file of evidence as the reporter uploaded it. Only ever travels sealed (inside
 * {@link SealedFollowUp}); its metadata (EXIF, GPS, document author) and file name may
 * identify the reporter.
 *
 * @param fileName the file name on the reporter's device; personal data
 * @param contentType the content type the browser declared; not trusted
 * @param contentBase64 base64 of the bytes; personal data (metadata)
 */
public record EvidenceFile(String fileName, String contentType, String contentBase64) {
}
