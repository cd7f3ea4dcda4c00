package org.sujarit.intake.status;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.sujarit.platform.events.CaseChange;
import org.sujarit.platform.events.CaseStatus;

/**
 * What a citizen sees of a case: where it stands and what staff told them.
 *
 * @param trackingCode the tracking code of a general complaint; absent for a
 * whistleblower report, whose id the reporter never sees
 * @param status the current status
 * @param receivedAt when it was received
 * @param respondBy when the municipality must answer at the latest
 * @param updates the timeline, oldest first
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record StatusView(String trackingCode, CaseStatus status, Instant receivedAt, Instant respondBy,
		List<Update> updates) {

	/**
	 * The view without the tracking code, for the whistleblower channel.
	 * @return this view without {@link #trackingCode()}
	 */
	public StatusView withoutTrackingCode() {
		return new StatusView(null, this.status, this.receivedAt, this.respondBy, this.updates);
	}

	/**
	 * One step of the timeline.
	 *
	 * @param at when it happened
	 * @param status the status it led to
	 * @param message what staff wrote to the citizen, if anything
	 * @param change what happened; absent in entries recorded before it was kept
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record Update(Instant at, CaseStatus status, String message, CaseChange change) {
	}

}
