package org.sujarit.platform.runtime.events;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.sujarit.platform.events.EventCodec;
import org.sujarit.platform.events.EventType;
import org.sujarit.platform.events.ReceivedEvent;
import org.sujarit.platform.events.UnreadableEventException;

import org.springframework.kafka.listener.BatchListenerFailedException;

/**
 * The consumer of one topic: decodes each record of a batch once and routes it, by its
 * CloudEvents {@code type}, to the {@link EventHandler} of that type.
 * <p>
 * Consecutive records of one type go to their handler as one run, and runs are handed
 * over in topic order, so the events of one case (one key, one partition) are applied in
 * the order they were written even across types. Types this service has no handler for
 * are skipped: topics carry several types and a consumer reads only some. A record that
 * cannot be read (or that its handler {@linkplain EventHandler#check refuses}) ends the
 * batch: the runs before it are handled, and the record is reported by its index, so the
 * error handler commits what came before, dead-letters that record without retrying it
 * and redelivers the rest. When a handler fails on a run, its events are handed to it
 * again one at a time to find the one that fails (handlers are idempotent), and that
 * record is reported: retried with backoff, then dead-lettered.
 */
public class EventDispatcher implements Consumer<List<byte[]>> {

	private final EventCodec codec;

	private final String topic;

	private final Map<String, EventType<?>> types = new LinkedHashMap<>();

	private final Map<String, EventHandler<?>> handlers = new LinkedHashMap<>();

	/**
	 * Creates the consumer of one topic.
	 * @param codec reads the records
	 * @param topic the topic
	 * @param handlers one handler per type read from the topic
	 */
	public EventDispatcher(EventCodec codec, String topic, Collection<? extends EventHandler<?>> handlers) {
		this.codec = codec;
		this.topic = topic;
		for (EventHandler<?> handler : handlers) {
			EventType<?> type = handler.type();
			if (!topic.equals(type.topic())) {
				throw new IllegalArgumentException(type.type() + " travels on " + type.topic() + ", not " + topic);
			}
			if (this.handlers.putIfAbsent(type.type(), handler) != null) {
				throw new IllegalArgumentException("Two handlers for " + type.type());
			}
			this.types.put(type.type(), type);
		}
		if (this.handlers.isEmpty()) {
			throw new IllegalArgumentException("No handler for any type on " + topic);
		}
	}

	/**
	 * The topic this dispatcher reads.
	 * @return the topic name
	 */
	public String topic() {
		return this.topic;
	}

	@Override
	public void accept(List<byte[]> records) {
		Run run = null;
		for (int index = 0; index < records.size(); index++) {
			ReceivedEvent<?> event;
			try {
				event = this.codec.decodeAny(this.types, records.get(index));
				if (event != null) {
					check(event);
				}
			}
			catch (UnreadableEventException ex) {
				if (run != null) {
					run.handle();
				}
				throw new BatchListenerFailedException(
						"Record " + index + " of a batch from " + this.topic + " cannot be read", ex, index);
			}
			if (event == null) {
				continue;
			}
			EventHandler<?> handler = this.handlers.get(event.type());
			if (run == null || run.handler != handler) {
				if (run != null) {
					run.handle();
				}
				run = new Run(handler);
			}
			run.add(event, index);
		}
		if (run != null) {
			run.handle();
		}
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private void check(ReceivedEvent<?> event) {
		((EventHandler) this.handlers.get(event.type())).check(event);
	}

	private final class Run {

		private final EventHandler<?> handler;

		private final List<ReceivedEvent<?>> events = new ArrayList<>();

		/** Each event's index in the batch (skipped types leave gaps). */
		private final List<Integer> indexes = new ArrayList<>();

		private Run(EventHandler<?> handler) {
			this.handler = handler;
		}

		private void add(ReceivedEvent<?> event, int index) {
			this.events.add(event);
			this.indexes.add(index);
		}

		private void handle() {
			try {
				handle(this.events);
			}
			catch (RuntimeException ex) {
				if (this.events.size() > 1) {
					// which one? one at a time (handlers are idempotent), so only that
					// record is retried or dead-lettered
					for (int i = 0; i < this.events.size(); i++) {
						try {
							handle(List.of(this.events.get(i)));
						}
						catch (RuntimeException single) {
							throw failed(single, this.indexes.get(i));
						}
					}
				}
				throw failed(ex, this.indexes.get(0));
			}
		}

		@SuppressWarnings({ "unchecked", "rawtypes" })
		private void handle(List<ReceivedEvent<?>> events) {
			((EventHandler) this.handler).handle(List.copyOf(events));
		}

		private BatchListenerFailedException failed(RuntimeException ex, int index) {
			return new BatchListenerFailedException(
					this.handler.type().type() + " handler failed on a batch from " + EventDispatcher.this.topic, ex,
					index);
		}

	}

}
