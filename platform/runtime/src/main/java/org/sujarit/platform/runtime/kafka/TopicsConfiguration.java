package org.sujarit.platform.runtime.kafka;

import java.util.ArrayList;
import java.util.List;

import org.apache.kafka.clients.admin.NewTopic;
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

	private TopicsConfiguration() {
	}

	public static KafkaAdmin.NewTopics topics(PlatformProperties properties) {
		List<NewTopic> topics = new ArrayList<>();
		for (String topic : Topics.ALL) {
			topics.add(TopicBuilder.name(topic)
				.partitions(properties.topicPartitions())
				.replicas(properties.topicReplicas())
				.build());
			topics.add(TopicBuilder.name(topic + DEAD_LETTER_SUFFIX)
				.partitions(1)
				.replicas(properties.topicReplicas())
				.build());
		}
		return new KafkaAdmin.NewTopics(topics.toArray(NewTopic[]::new));
	}

}
