package org.sujarit.platform.events;

/**
 * Contact details a general complainant chose to leave. Every field is personal data and
 * may be null.
 *
 * @param name the complainant's name
 * @param phone a phone number as typed
 * @param email an e-mail address for status updates
 * @param lineId a LINE ID
 */
public record Complainant(String name, String phone, String email, String lineId) {
}
