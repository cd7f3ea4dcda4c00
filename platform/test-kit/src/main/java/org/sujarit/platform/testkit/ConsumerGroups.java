package org.sujarit.platform.testkit;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * What a consumer group has done, for tests that check something did <em>not</em> happen:
 * wait until the group has committed past everything on its topics, then assert.
 */
public final class ConsumerGroups {

	private ConsumerGroups() {
	}

	/**
	 * Whether the group has committed offsets at the end of every partition of the
	 * topics.
	 * @param bootstrapServers the broker
	 * @param group the consumer group
	 * @param topics the topics it reads
	 * @return true when it has consumed everything written so far
	 */
	public static boolean caughtUp(String bootstrapServers, String group, List<String> topics) {
		try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
			Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
				.partitionsToOffsetAndMetadata()
				.get();
			List<TopicPartition> partitions = admin.describeTopics(topics)
				.allTopicNames()
				.get()
				.values()
				.stream()
				.flatMap((topic) -> topic.partitions()
					.stream()
					.map((partition) -> new TopicPartition(topic.name(), partition.partition())))
				.toList();
			Map<TopicPartition, ListOffsetsResultInfo> ends = admin
				.listOffsets(
						partitions.stream().collect(Collectors.toMap(Function.identity(), (p) -> OffsetSpec.latest())))
				.all()
				.get();
			return ends.entrySet().stream().allMatch((end) -> {
				OffsetAndMetadata done = committed.get(end.getKey());
				long position = (done != null) ? done.offset() : 0;
				return position >= end.getValue().offset();
			});
		}
		catch (ExecutionException ex) {
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
