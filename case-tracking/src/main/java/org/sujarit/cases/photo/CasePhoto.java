package org.sujarit.cases.photo;

import java.time.Instant;

/**
 * A photo the citizen attached to a general complaint, as staff see it listed.
 *
 * @param id the photo's id ({@code PH-…}), also its GridFS {@code _id}
 * @param fileName the neutral name intake gave it, such as {@code photo-1.jpg}
 * @param contentType {@code image/jpeg} or {@code image/png}
 * @param size size in bytes
 * @param sha256 hex SHA-256 of the bytes
 * @param attachedAt when intake received it
 */
public record CasePhoto(String id, String fileName, String contentType, long size, String sha256, Instant attachedAt) {
}
