package org.sujarit.platform.testkit;

import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Writes records to topics the way a producing service would, on the real broker.
 * <p>
 * For tests of a consuming service: they publish its input events themselves, with String
 * keys and encoded byte values, instead of starting the service that would send them. The
 * producer waits for every in-sync replica ({@code acks=all}) and is idempotent, the
 * Kafka client defaults the services' producers run with, set explicitly here; each
 * {@link #send(String, String, byte[]) send} returns only once the broker has
 * acknowledged the record, so whatever the test checks next happens after the record is
 * in the log. Close the writer when done (one per test class or per test, in a
 * {@code try} block or an {@code @After...} method).
 */
public final class TopicWriter implements AutoCloseable {

	/** How long a send may wait for the broker's acknowledgement. */
	public static final Duration SEND_TIMEOUT = Duration.ofSeconds(30);

	private final KafkaProducer<String, byte[]> producer;

	private TopicWriter(KafkaProducer<String, byte[]> producer) {
		this.producer = producer;
	}

	/**
	 * Creates a writer with its own producer.
	 * @param bootstrapServers the Kafka bootstrap servers
	 * @return a writer to close when done
	 */
	public static TopicWriter connect(String bootstrapServers) {
		return new TopicWriter(new KafkaProducer<>(producerProperties(bootstrapServers)));
	}

	/**
	 * Sends a record, the partition chosen from the key as the services' producers do,
	 * and waits for the acknowledgement.
	 * @param topic the topic
	 * @param key the record key
	 * @param value the record value
	 * @return where the record was written
	 * @throws IllegalStateException if it is not acknowledged within
	 * {@link #SEND_TIMEOUT}, or the send fails
	 */
	public RecordMetadata send(String topic, String key, byte[] value) {
		return send(new ProducerRecord<>(topic, key, value));
	}

	/**
	 * Sends a record to one partition and waits for the acknowledgement.
	 * @param topic the topic
	 * @param partition the partition
	 * @param key the record key
	 * @param value the record value
	 * @return where the record was written
	 * @throws IllegalStateException if it is not acknowledged within
	 * {@link #SEND_TIMEOUT}, or the send fails
	 */
	public RecordMetadata send(String topic, int partition, String key, byte[] value) {
		return send(new ProducerRecord<>(topic, partition, key, value));
	}

	private RecordMetadata send(ProducerRecord<String, byte[]> record) {
		Future<RecordMetadata> acknowledgement = this.producer.send(record);
		try {
			return acknowledgement.get(SEND_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while sending to topic '" + record.topic() + "'", ex);
		}
		catch (ExecutionException | TimeoutException ex) {
			throw new IllegalStateException("Could not send to topic '" + record.topic() + "'", ex);
		}
	}

	@Override
	public void close() {
		this.producer.close();
	}

	private static Properties producerProperties(String bootstrapServers) {
		Properties properties = new Properties();
		properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
		properties.put(ProducerConfig.ACKS_CONFIG, "all");
		properties.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
		properties.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
		properties.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
		return properties;
	}

}
