package org.sujarit.platform.events;

import java.time.Instant;

/**
 * A citizen filed a general complaint. Produced by complaint-intake on
 * {@link Topics#COMPLAINTS}, keyed by tracking code; consumed by case-tracking (to open a
 * case) and notification (to learn where to send status updates).
 *
 * @param trackingCode the public tracking code the complainant received; not personal
 * data
 * @param category what the complaint is about
 * @param channel how it was received
 * @param subject short title written by the complainant; may hold personal data
 * @param description the complaint text; may hold personal data
 * @param location where the problem is, optional; may hold personal data
 * @param complainant contact details, null when the complainant left none; personal data
 * @param receivedAt when intake received the complaint: the 15-day clock starts here
 * @param respondBy when the municipality must answer at the latest
 */
public record ComplaintSubmitted(String trackingCode, Category category, Channel channel, String subject,
		String description, Location location, Complainant complainant, Instant receivedAt, Instant respondBy) {
}
