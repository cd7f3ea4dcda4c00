package org.sujarit.platform.events;

/**
 * An event that cannot be read. The message never quotes the event's content, because it
 * is copied into dead-letter headers and logs and the content may hold personal data.
 */
public class UnreadableEventException extends RuntimeException {

	public UnreadableEventException(String message) {
		super(message);
	}

}
