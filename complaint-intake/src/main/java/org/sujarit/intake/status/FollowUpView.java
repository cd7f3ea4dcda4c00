package org.sujarit.intake.status;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.sujarit.platform.events.CaseChange;
import org.sujarit.platform.events.CaseStatus;
import org.sujarit.platform.events.FollowUpKind;
import org.sujarit.platform.events.SlaStanding;

/**
 * What a whistleblower sees with their receipt: where the report stands, the exchange
 * with the legal officer, what they sent that is still on its way, and whether their
 * identity was disclosed. Never the submission id, the pseudonym or anything staff see
 * only internally.
 *
 * @param status the current status
 * @param receivedAt when the report was received
 * @param respondBy when the municipality must answer at the latest
 * @param sla how the report stands against that date
 * @param timeline status changes and messages in both directions, oldest first; the
 * reporter's own messages appear as the anonymizer sanitized them
 * @param pending messages and files the reporter sent that have not come back sanitized
 * yet: only ids and times, intake never keeps what was written
 * @param identityDisclosed the notice that the reporter's identity was disclosed to a
 * legal officer, absent when it was not (or the custodian recorded a legal reason not to
 * tell)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FollowUpView(CaseStatus status, Instant receivedAt, Instant respondBy, SlaStanding sla,
		List<Entry> timeline, List<Pending> pending, Disclosure identityDisclosed) {

	/**
	 * Who an entry of the timeline comes from.
	 */
	public enum From {

		/** The reporter's own message, sanitized. */
		REPORTER,

		/** The municipality: status changes, replies, extensions, notices. */
		MUNICIPALITY

	}

	/**
	 * One entry of the timeline.
	 *
	 * @param at when it happened
	 * @param change what happened
	 * @param from who it comes from
	 * @param status the status after it
	 * @param message the public message, the reporter's sanitized message or the
	 * explanation of an extension; absent when there is none
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record Entry(Instant at, CaseChange change, From from, CaseStatus status, String message) {
	}

	/**
	 * Something the reporter sent that is still passing through the anonymizer.
	 *
	 * @param followUpId the id the reporter was given when sending it
	 * @param kind a message or a file
	 * @param sentAt when it was sent
	 */
	public record Pending(String followUpId, FollowUpKind kind, Instant sentAt) {
	}

	/**
	 * The notice that the reporter's identity was disclosed.
	 *
	 * @param at when it was disclosed
	 * @param notice what the municipality wrote about it, absent when nothing
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record Disclosure(Instant at, String notice) {
	}

}
