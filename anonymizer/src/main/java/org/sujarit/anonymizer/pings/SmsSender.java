package org.sujarit.anonymizer.pings;

/**
 * Sends a text message to a phone number. The anonymizer uses it only for content-free
 * update pings. Implementations must not log or keep the number or the text.
 */
public interface SmsSender {

	/**
	 * Sends one message.
	 * @param phone the number, as the reporter wrote it
	 * @param text the message
	 */
	void send(String phone, String text);

	/**
	 * The default until an SMS gateway is configured: sends nothing and, on purpose, logs
	 * nothing either (a log line would tie a number to a report).
	 */
	final class None implements SmsSender {

		@Override
		public void send(String phone, String text) {
			// no gateway configured
		}

	}

}
