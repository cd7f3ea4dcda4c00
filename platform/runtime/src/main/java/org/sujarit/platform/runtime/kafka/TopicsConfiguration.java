package org.sujarit.platform.runtime.kafka;

import java.util.ArrayList;
import java.util.List;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.sujarit.platform.events.Topics;
import org.sujarit.platform.runtime.PlatformProperties;

import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;

/**
 * The topics every service meets on, and their dead-letter topics, created at start if
 * missing.
 */
public final class TopicsConfiguration {

	/** Suffix of the dead-letter topic of each topic. */
	public static final String DEAD_LETTER_SUFFIX = ".dlt";

	/** Kafka's own default, for topics without files. */
	private static final int DEFAULT_MAX_MESSAGE_BYTES = 1024 * 1024 + 12;

	private TopicsConfiguration() {
	}

	public static KafkaAdmin.NewTopics topics(PlatformProperties properties) {
		List<NewTopic> topics = new ArrayList<>();
		for (String topic : Topics.ALL) {
			String maxMessageBytes = String
				.valueOf(Topics.LARGE.contains(topic) ? Topics.LARGE_MESSAGE_BYTES : DEFAULT_MAX_MESSAGE_BYTES);
			topics.add(TopicBuilder.name(topic)
				.partitions(properties.topicPartitions())
				.replicas(properties.topicReplicas())
				.config(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, maxMessageBytes)
				.build());
			topics.add(TopicBuilder.name(topic + DEAD_LETTER_SUFFIX)
				.partitions(1)
				.replicas(properties.topicReplicas())
				.config(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, maxMessageBytes)
				.build());
		}
		return new KafkaAdmin.NewTopics(topics.toArray(NewTopic[]::new));
	}

}
