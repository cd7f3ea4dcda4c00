package org.sujarit.notification;

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
 * Whether a consumer group has handled everything on some topics: its committed offsets
 * have reached the end offsets. Offsets are committed only after the listener returned,
 * so this is the moment to check that something did NOT happen.
 */
final class ConsumedOffsets {

	private ConsumedOffsets() {
	}

	static boolean caughtUp(String bootstrapServers, String group, List<String> topics) {
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
