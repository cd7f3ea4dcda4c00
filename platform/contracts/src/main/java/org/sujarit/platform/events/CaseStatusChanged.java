package org.sujarit.platform.events;

import java.time.Instant;

/**
 * A case was opened or changed status. Produced by case-tracking on
 * {@link Topics#CASE_STATUS}, keyed by case id; consumed by complaint-intake (public
 * status view), notification and statistics. Carries no identity of the complainant or
 * reporter.
 *
 * @param caseId the case id: the tracking code of a general complaint, the submission id
 * of a whistleblower report; not personal data
 * @param caseVersion the case's version after this change, increasing by one per change;
 * consumers apply an event only when it is newer than what they hold
 * @param category the case's category
 * @param channel the intake channel ({@link Channel#WHISTLEBLOWER} for the protected one)
 * @param unit the unit the case is routed to, such as {@code LEGAL} or
 * {@code PUBLIC_WORKS}
 * @param status the status after the change
 * @param previousStatus the status before, null when the case was just opened
 * @param receivedAt when intake received the complaint or report
 * @param respondBy when the municipality must answer at the latest
 * @param changedAt when the change happened
 * @param publicMessage what staff wrote to the complainant with this change, optional;
 * written by staff for the public, it may still mention people; for
 * {@link CaseChange#REPORTER_MESSAGE} the whistleblower's message after redaction
 * @param change what changed; null in events written before it existed (read as
 * {@link CaseChange#OPENED} when {@code previousStatus} is null, else
 * {@link CaseChange#STATUS_CHANGED}); not personal data
 * @param sla how the case stands against its due date; null in events written before it
 * existed (read as {@link SlaStanding#ON_TRACK}); not personal data
 */
public record CaseStatusChanged(String caseId, long caseVersion, Category category, Channel channel, String unit,
		CaseStatus status, CaseStatus previousStatus, Instant receivedAt, Instant respondBy, Instant changedAt,
		String publicMessage, CaseChange change, SlaStanding sla) {

	/**
	 * A plain status change, on track.
	 * @param caseId the case id
	 * @param caseVersion the case version after the change
	 * @param category the category
	 * @param channel the channel
	 * @param unit the unit
	 * @param status the status after the change
	 * @param previousStatus the status before, null when opened
	 * @param receivedAt when intake received it
	 * @param respondBy the due date
	 * @param changedAt when it changed
	 * @param publicMessage the public message, optional
	 */
	public CaseStatusChanged(String caseId, long caseVersion, Category category, Channel channel, String unit,
			CaseStatus status, CaseStatus previousStatus, Instant receivedAt, Instant respondBy, Instant changedAt,
			String publicMessage) {
		this(caseId, caseVersion, category, channel, unit, status, previousStatus, receivedAt, respondBy, changedAt,
				publicMessage, (previousStatus != null) ? CaseChange.STATUS_CHANGED : CaseChange.OPENED,
				SlaStanding.ON_TRACK);
	}

	/**
	 * What changed, also for events written before the field existed.
	 * @return the change
	 */
	public CaseChange changeOrDefault() {
		if (this.change != null) {
			return this.change;
		}
		return (this.previousStatus != null) ? CaseChange.STATUS_CHANGED : CaseChange.OPENED;
	}

	/**
	 * The SLA standing, also for events written before the field existed.
	 * @return the standing
	 */
	public SlaStanding slaOrDefault() {
		return (this.sla != null) ? this.sla : SlaStanding.ON_TRACK;
	}

}
