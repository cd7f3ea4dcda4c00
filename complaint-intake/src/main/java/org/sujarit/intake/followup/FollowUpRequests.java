package org.sujarit.intake.followup;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.sujarit.intake.whistleblower.WhistleblowerReportRequest;

/**
 * What the follow-up page sends. The receipt always travels in the body, never in a URL,
 * where browsers, proxies and logs would keep it; no request prints it.
 */
final class FollowUpRequests {

	private FollowUpRequests() {
	}

	/**
	 * A look at the report.
	 *
	 * @param receipt the receipt as typed
	 */
	record Lookup(@NotBlank @Size(max = 100) String receipt) {

		@Override
		public String toString() {
			return "Lookup[receipt=***]";
		}

	}

	/**
	 * A message to the legal officer.
	 *
	 * @param receipt the receipt as typed
	 * @param message the message; it passes through the anonymizer before anyone reads it
	 */
	record Message(@NotBlank @Size(max = 100) String receipt, @NotBlank @Size(max = 10000) String message) {

		@Override
		public String toString() {
			return "Message[***]";
		}

	}

	/**
	 * The reporter's identity, added after reporting and kept confidential.
	 *
	 * @param receipt the receipt as typed
	 * @param reporter the identity
	 */
	record Identity(@NotBlank @Size(max = 100) String receipt,
			@NotNull @Valid WhistleblowerReportRequest.ReporterInput reporter) {

		@Override
		public String toString() {
			return "Identity[***]";
		}

	}

	/**
	 * Update pings on or off.
	 *
	 * @param receipt the receipt as typed
	 * @param enabled whether to send content-free pings from now on
	 */
	record Pings(@NotBlank @Size(max = 100) String receipt, @NotNull Boolean enabled) {

		@Override
		public String toString() {
			return "Pings[receipt=***, enabled=" + this.enabled + "]";
		}

	}

}
