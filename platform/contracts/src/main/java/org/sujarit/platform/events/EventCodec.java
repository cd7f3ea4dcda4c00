package org.sujarit.platform.events;

import java.net.URI;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.core.format.EventFormat;
import io.cloudevents.jackson.JsonFormat;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes and reads events as CloudEvents 1.0 in structured JSON mode
 * ({@code application/cloudevents+json}), the form every topic carries.
 */
public class EventCodec {

	private final EventFormat format = new JsonFormat();

	private final JsonMapper json;

	private final URI source;

	/**
	 * Creates a codec for one producing service.
	 * @param source the CloudEvents {@code source} of events this service writes, such as
	 * {@code /sujarit/complaint-intake}
	 */
	public EventCodec(String source) {
		this.source = URI.create(source);
		this.json = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
	}

	/**
	 * Encodes one event.
	 * @param <T> the data record
	 * @param type the kind of event
	 * @param id the event id, stable across retries
	 * @param subject the case or submission id
	 * @param time when the state change happened
	 * @param data the data record
	 * @return the structured CloudEvent as JSON bytes
	 */
	public <T> byte[] encode(EventType<T> type, String id, String subject, Instant time, T data) {
		CloudEvent event = CloudEventBuilder.v1()
			.withId(id)
			.withType(type.type())
			.withSource(this.source)
			.withSubject(subject)
			.withTime(time.atOffset(ZoneOffset.UTC))
			.withDataSchema(type.schema())
			.withDataContentType("application/json")
			.withData(this.json.writeValueAsBytes(data))
			.build();
		return this.format.serialize(event);
	}

	/**
	 * Decodes one event and checks it is of the expected type.
	 * @param <T> the data record
	 * @param type the kind of event expected
	 * @param bytes the structured CloudEvent
	 * @return the event
	 * @throws UnreadableEventException when the bytes are not such an event
	 */
	public <T> ReceivedEvent<T> decode(EventType<T> type, byte[] bytes) {
		CloudEvent event = parse(bytes);
		if (!type.type().equals(event.getType())) {
			throw new UnreadableEventException(
					"Event " + event.getId() + " has type " + event.getType() + ", expected " + type.type());
		}
		return received(type, event);
	}

	/**
	 * Decodes one event of any of several types, parsing it once: for a consumer of a
	 * topic that carries several types and reads only some.
	 * @param types the types the consumer reads, by their CloudEvents {@code type}
	 * @param bytes the structured CloudEvent
	 * @return the event, or {@code null} when its type is none of {@code types}
	 * @throws UnreadableEventException when the bytes are not such an event
	 */
	public ReceivedEvent<?> decodeAny(Map<String, ? extends EventType<?>> types, byte[] bytes) {
		CloudEvent event = parse(bytes);
		EventType<?> type = (event.getType() != null) ? types.get(event.getType()) : null;
		return (type != null) ? received(type, event) : null;
	}

	private CloudEvent parse(byte[] bytes) {
		try {
			return this.format.deserialize(bytes);
		}
		catch (RuntimeException ex) {
			throw new UnreadableEventException(
					"Not a CloudEvents JSON message (" + ex.getClass().getSimpleName() + ")");
		}
	}

	private <T> ReceivedEvent<T> received(EventType<T> type, CloudEvent event) {
		if (event.getData() == null) {
			throw new UnreadableEventException("Event " + event.getId() + " has no data");
		}
		T data;
		try {
			data = this.json.readValue(event.getData().toBytes(), type.dataClass());
		}
		catch (JacksonException ex) {
			throw new UnreadableEventException("Event " + event.getId() + " data does not match " + type.schema() + " ("
					+ ex.getClass().getSimpleName() + ")");
		}
		Instant time = (event.getTime() != null) ? event.getTime().toInstant() : null;
		return new ReceivedEvent<>(event.getId(), event.getType(), String.valueOf(event.getSource()),
				event.getSubject(), time, data);
	}

	/**
	 * Reads only the type of an encoded event, for a topic that could carry several.
	 * @param bytes the structured CloudEvent
	 * @return the CloudEvents type
	 */
	public String typeOf(byte[] bytes) {
		return parse(bytes).getType();
	}

	/**
	 * Whether an encoded event is of a type, for a listener on a topic that carries
	 * several types and reads only some.
	 * @param type the type the listener reads
	 * @param bytes the structured CloudEvent
	 * @return true when the event is of that type
	 */
	public boolean isOf(EventType<?> type, byte[] bytes) {
		return type.type().equals(typeOf(bytes));
	}

	/**
	 * Writes a record as JSON, with the mapper events use (for sealing payloads).
	 * @param value the record
	 * @return JSON bytes
	 */
	public byte[] toJson(Object value) {
		return this.json.writeValueAsBytes(value);
	}

	/**
	 * Reads a record from JSON written by {@link #toJson(Object)}.
	 * @param <T> the record type
	 * @param bytes JSON bytes
	 * @param type the record class
	 * @return the record
	 */
	public <T> T fromJson(byte[] bytes, Class<T> type) {
		try {
			return this.json.readValue(bytes, type);
		}
		catch (JacksonException ex) {
			throw new UnreadableEventException(
					"Payload does not match " + type.getSimpleName() + " (" + ex.getClass().getSimpleName() + ")");
		}
	}

}
