package org.sujarit.platform.testkit;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListTopicsOptions;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Reads everything a topic holds, from its first offset to the end offsets at the moment
 * of the call.
 * <p>
 * For end-to-end assertions and leak checks: a fresh consumer in a random group reads
 * every partition, so it sees records whatever the application's consumer groups have
 * already committed. Records of aborted transactions are included (the isolation level is
 * {@code read_uncommitted}): they still sit in the log. Reading stops at the end offsets
 * captured at the start, so the call terminates even while producers keep writing; if it
 * cannot get there within the time bound it fails rather than return a partial list.
 */
public final class TopicReader {

	/** How long a read may take unless the caller says otherwise. */
	public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

	private static final Duration POLL_INTERVAL = Duration.ofMillis(200);

	private TopicReader() {
	}

	/**
	 * Reads every record of a topic.
	 * @param bootstrapServers the Kafka bootstrap servers
	 * @param topic the topic; a topic that does not exist reads as empty (and is not
	 * created)
	 * @return the records ordered by partition, then offset
	 * @throws IllegalStateException if the end is not reached within
	 * {@link #DEFAULT_TIMEOUT}
	 */
	public static List<TopicRecord> readAll(String bootstrapServers, String topic) {
		return readAll(bootstrapServers, topic, DEFAULT_TIMEOUT);
	}

	/**
	 * Reads every record of a topic.
	 * @param bootstrapServers the Kafka bootstrap servers
	 * @param topic the topic; a topic that does not exist reads as empty (and is not
	 * created)
	 * @param timeout how long the whole read may take
	 * @return the records ordered by partition, then offset
	 * @throws IllegalStateException if the end is not reached within the timeout
	 */
	public static List<TopicRecord> readAll(String bootstrapServers, String topic, Duration timeout) {
		long deadline = System.nanoTime() + timeout.toNanos();
		try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(consumerProperties(bootstrapServers))) {
			List<PartitionInfo> partitionInfos = consumer.partitionsFor(topic, timeout);
			if (partitionInfos == null || partitionInfos.isEmpty()) {
				return List.of();
			}
			List<TopicPartition> partitions = partitionInfos.stream()
				.map((info) -> new TopicPartition(info.topic(), info.partition()))
				.toList();
			consumer.assign(partitions);
			consumer.seekToBeginning(partitions);
			Map<TopicPartition, Long> endOffsets = consumer.endOffsets(partitions, remaining(deadline));
			List<TopicRecord> records = new ArrayList<>();
			while (!reachedEnd(consumer, endOffsets, deadline)) {
				if (System.nanoTime() - deadline > 0) {
					throw new IllegalStateException("Read " + records.size() + " records of topic '" + topic
							+ "' but did not reach end offsets " + endOffsets + " within " + timeout);
				}
				for (ConsumerRecord<byte[], byte[]> record : consumer.poll(POLL_INTERVAL)) {
					// records written after the call started are not part of the answer
					TopicPartition partition = new TopicPartition(record.topic(), record.partition());
					if (record.offset() < endOffsets.get(partition)) {
						records.add(toTopicRecord(record));
					}
				}
			}
			records.sort(Comparator.comparingInt(TopicRecord::partition).thenComparingLong(TopicRecord::offset));
			return records;
		}
	}

	/**
	 * Reads every value of a topic as UTF-8 text.
	 * @param bootstrapServers the Kafka bootstrap servers
	 * @param topic the topic
	 * @return the values ordered by partition, then offset; tombstones are {@code null}
	 */
	public static List<String> readAllValues(String bootstrapServers, String topic) {
		return readAll(bootstrapServers, topic).stream().map(TopicRecord::valueAsString).toList();
	}

	/**
	 * Reads every key and value of a topic as UTF-8 text.
	 * @param bootstrapServers the Kafka bootstrap servers
	 * @param topic the topic
	 * @return the key-value pairs ordered by partition, then offset; a missing key or a
	 * tombstone value is {@code null}
	 */
	public static List<Map.Entry<String, String>> readAllKeysAndValues(String bootstrapServers, String topic) {
		// SimpleEntry, because Map.entry rejects null keys and values
		return readAll(bootstrapServers, topic)
			.stream().<Map
					.Entry<String, String>>map(
							(record) -> new AbstractMap.SimpleImmutableEntry<>(record.key(), record.valueAsString()))
			.toList();
	}

	/**
	 * Lists the topics of the cluster, without Kafka's internal ones.
	 * @param bootstrapServers the Kafka bootstrap servers
	 * @return the topic names, sorted
	 */
	public static List<String> listTopics(String bootstrapServers) {
		Properties properties = new Properties();
		properties.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
		try (Admin admin = Admin.create(properties)) {
			return admin.listTopics(new ListTopicsOptions().listInternal(false))
				.names()
				.get(DEFAULT_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)
				.stream()
				.sorted()
				.toList();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while listing topics", ex);
		}
		catch (ExecutionException | TimeoutException ex) {
			throw new IllegalStateException("Could not list topics at " + bootstrapServers, ex);
		}
	}

	/**
	 * Reads every record of every topic, for leak checks across the whole cluster.
	 * @param bootstrapServers the Kafka bootstrap servers
	 * @return the records of each topic, by topic name in sorted order
	 */
	public static Map<String, List<TopicRecord>> readAllTopics(String bootstrapServers) {
		Map<String, List<TopicRecord>> topics = new LinkedHashMap<>();
		for (String topic : listTopics(bootstrapServers)) {
			topics.put(topic, readAll(bootstrapServers, topic));
		}
		return topics;
	}

	private static Properties consumerProperties(String bootstrapServers) {
		Properties properties = new Properties();
		properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
		properties.put(ConsumerConfig.GROUP_ID_CONFIG, "sujarit-test-kit-reader-" + UUID.randomUUID());
		properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
		properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
		// Looking at a topic must not create it: that would hide a missing topic from the
		// application under test.
		properties.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, "false");
		properties.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
		properties.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
		return properties;
	}

	private static boolean reachedEnd(KafkaConsumer<?, ?> consumer, Map<TopicPartition, Long> endOffsets,
			long deadline) {
		for (Map.Entry<TopicPartition, Long> end : endOffsets.entrySet()) {
			if (consumer.position(end.getKey(), remaining(deadline)) < end.getValue()) {
				return false;
			}
		}
		return true;
	}

	private static Duration remaining(long deadline) {
		long nanos = deadline - System.nanoTime();
		return Duration.ofNanos(Math.max(nanos, 0));
	}

	private static TopicRecord toTopicRecord(ConsumerRecord<byte[], byte[]> record) {
		List<TopicRecord.Header> headers = new ArrayList<>();
		record.headers().forEach((header) -> headers.add(new TopicRecord.Header(header.key(), header.value())));
		String key = (record.key() != null) ? new String(record.key(), StandardCharsets.UTF_8) : null;
		return new TopicRecord(record.topic(), record.partition(), record.offset(), key, record.value(), headers);
	}

}
