package org.sujarit.notification.delivery;

/**
 * A status e-mail could not be sent, or another attempt was still sending it. Thrown out
 * of the listener so the consumer retries the event with backoff. The message names ids
 * only: the mail exception behind it may quote the address, so it is not kept as the
 * cause.
 */
public class DeliveryFailedException extends RuntimeException {

	DeliveryFailedException(String message) {
		super(message);
	}

	public static DeliveryFailedException sendFailed(String caseId, String eventId, Throwable failure) {
		StringBuilder causes = new StringBuilder();
		for (Throwable cause = failure; cause != null && causes.length() < 500; cause = cause.getCause()) {
			causes.append((causes.length() > 0) ? " < " : "").append(cause.getClass().getName());
		}
		return new DeliveryFailedException(
				"Status e-mail for case " + caseId + " (event " + eventId + ") was not sent: " + causes);
	}

	public static DeliveryFailedException busy(String caseId, String eventId) {
		return new DeliveryFailedException(
				"Status e-mail for case " + caseId + " (event " + eventId + ") is being sent by another attempt");
	}

}
