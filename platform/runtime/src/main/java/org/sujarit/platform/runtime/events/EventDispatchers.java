package org.sujarit.platform.runtime.events;

import java.util.List;
import java.util.function.Consumer;

import org.sujarit.platform.events.EventCodec;

import org.springframework.beans.factory.ObjectProvider;

/**
 * Builds the {@link EventDispatcher} of a topic from the {@link EventHandler} beans of
 * the service. A service declares one {@code Consumer} function bean per topic it reads:
 * <pre>
 * &#64;Bean
 * Consumer&lt;List&lt;byte[]&gt;&gt; caseStatus(EventDispatchers dispatchers) {
 *     return dispatchers.forTopic(Topics.CASE_STATUS);
 * }
 * </pre> and binds it ({@code caseStatus-in-0}) in its configuration.
 */
public class EventDispatchers {

	private final EventCodec codec;

	private final ObjectProvider<EventHandler<?>> handlers;

	public EventDispatchers(EventCodec codec, ObjectProvider<EventHandler<?>> handlers) {
		this.codec = codec;
		this.handlers = handlers;
	}

	/**
	 * The consumer of one topic.
	 * @param topic the topic
	 * @return a dispatcher to every handler of a type on that topic
	 */
	public Consumer<List<byte[]>> forTopic(String topic) {
		List<EventHandler<?>> ofTopic = this.handlers.orderedStream()
			.filter((handler) -> topic.equals(handler.type().topic()))
			.toList();
		return new EventDispatcher(this.codec, topic, ofTopic);
	}

}
