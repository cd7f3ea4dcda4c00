package org.sujarit.intake.whistleblower;

/**
 * A request for the status of a whistleblower report.
 *
 * @param receipt the receipt as the reporter typed it
 */
public record ReceiptLookup(String receipt) {

	@Override
	public String toString() {
		// the receipt is a secret: keep it out of any log that prints the request
		return "ReceiptLookup[receipt=***]";
	}

}
