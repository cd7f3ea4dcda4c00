package org.sujarit.cases.opening;

import org.sujarit.platform.events.ReceivedEvent;
import org.sujarit.platform.events.UnreadableEventException;

/**
 * Refuses an event without a field its handler needs.
 */
final class Require {

	private Require() {
	}

	// names the field only: the message goes to dead-letter headers and logs
	static void present(ReceivedEvent<?> event, boolean present, String field) {
		if (!present) {
			throw new UnreadableEventException("Event " + event.id() + " has no " + field);
		}
	}

}
