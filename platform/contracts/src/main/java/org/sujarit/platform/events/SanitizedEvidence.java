package org.sujarit.platform.events;

/**
 * A file of evidence after the anonymizer removed its metadata. The original stays only
 * in the vault, sealed.
 *
 * @param fileName a neutral name the anonymizer gave it, such as {@code evidence-1.jpg};
 * not personal data
 * @param contentType the type detected from the content
 * @param sizeBytes size of the scrubbed file
 * @param sha256 hex SHA-256 of the scrubbed file
 * @param contentBase64 base64 of the scrubbed file; may still show people or text
 * (evidence)
 */
public record SanitizedEvidence(String fileName, String contentType, long sizeBytes, String sha256,
		String contentBase64) {
}
