package org.sujarit.intake.complaint;

import java.time.Instant;

/**
 * The answer to a filed complaint.
 *
 * @param trackingCode the code to follow the complaint with
 * @param receivedAt when it was received
 * @param respondBy when the municipality must answer at the latest
 */
public record ComplaintAccepted(String trackingCode, Instant receivedAt, Instant respondBy) {
}
