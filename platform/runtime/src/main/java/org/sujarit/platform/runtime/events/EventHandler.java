package org.sujarit.platform.runtime.events;

import java.util.List;

import org.sujarit.platform.events.EventType;
import org.sujarit.platform.events.ReceivedEvent;

/**
 * Handles the events of one type a service reads. A service declares one handler bean per
 * type, in the feature package that owns the behaviour; the {@link EventDispatcher} of
 * the topic decodes each record once and hands the handler runs of its events.
 *
 * @param <T> the data record
 */
public interface EventHandler<T> {

	/**
	 * The type this handler reads.
	 * @return the event type
	 */
	EventType<T> type();

	/**
	 * Refuses an event this handler could never apply (a required field missing), before
	 * any event of its batch is handled, so that exactly that record is dead-lettered.
	 * Throw {@link org.sujarit.platform.events.UnreadableEventException} naming the
	 * field, never quoting the content.
	 * @param event the decoded event
	 */
	default void check(ReceivedEvent<T> event) {
	}

	/**
	 * Applies consecutive events of this type, in topic order (so in order per case).
	 * Return only once what they change is durably stored: the offsets are committed
	 * after. Events may be redelivered: applying one twice must change nothing.
	 * @param events one or more events
	 */
	void handle(List<ReceivedEvent<T>> events);

}
