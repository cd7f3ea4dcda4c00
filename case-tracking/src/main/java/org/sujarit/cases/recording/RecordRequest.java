package org.sujarit.cases.recording;

import java.time.Instant;

import org.sujarit.platform.events.Category;
import org.sujarit.platform.events.Channel;
import org.sujarit.platform.events.Complainant;
import org.sujarit.platform.events.Location;

/**
 * A complaint received off line, as an intake clerk types it in. Checked by
 * {@link ComplaintRecording}, which names every bad field in English and Thai.
 *
 * @param channel how it came in: PHONE, LETTER, WALK_IN, COMPLAINT_BOX or DAMRONGTHAM
 * @param receivedAt when the municipality actually received it: the 15-day clock starts
 * here; not in the future, not older than the configured limit
 * @param category what it is about
 * @param subject a short title, up to 200 characters
 * @param description the complaint, up to 5000 characters
 * @param location where the problem is, optional
 * @param complainant the contact the complainant left, optional
 * @param namedUnit the unit of an official the complaint names, optional: routing avoids
 * sending the case to that unit
 */
public record RecordRequest(Channel channel, Instant receivedAt, Category category, String subject, String description,
		Location location, Complainant complainant, String namedUnit) {
}
