package org.sujarit.platform.events;

/**
 * Where the problem a general complaint describes is.
 *
 * @param address free-text address of the problem; may hold personal data when the
 * complainant describes their own home
 * @param lat latitude (WGS 84), optional
 * @param lon longitude (WGS 84), optional
 */
public record Location(String address, Double lat, Double lon) {
}
