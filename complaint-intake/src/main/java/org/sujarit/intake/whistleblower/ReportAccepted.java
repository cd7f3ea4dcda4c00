package org.sujarit.intake.whistleblower;

import java.time.Instant;

/**
 * The answer to a whistleblower report. The receipt is shown once and kept nowhere.
 *
 * @param receipt the secret receipt, in groups of four digits
 * @param receivedAt when it was received
 * @param respondBy when the municipality must answer at the latest
 */
public record ReportAccepted(String receipt, Instant receivedAt, Instant respondBy) {
}
