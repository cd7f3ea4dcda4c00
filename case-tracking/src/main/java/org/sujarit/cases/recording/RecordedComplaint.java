package org.sujarit.cases.recording;

import java.time.Instant;

/**
 * What the clerk tells the complainant after recording.
 *
 * @param trackingCode the tracking code, in intake's format
 * @param receivedAt when the municipality received the complaint
 * @param respondBy when the answer is due
 * @param unit the unit the case went to
 * @param sealed true for a corruption complaint: its contact and text were sealed for the
 * anonymizer and the case holds neither
 */
public record RecordedComplaint(String trackingCode, Instant receivedAt, Instant respondBy, String unit,
		boolean sealed) {
}
