package org.sujarit.cases.photo;

/**
 * A photo with its bytes, for a download.
 *
 * @param photo what it is
 * @param bytes the picture
 */
public record PhotoContent(CasePhoto photo, byte[] bytes) {
}
