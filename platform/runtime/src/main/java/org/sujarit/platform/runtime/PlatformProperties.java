package org.sujarit.platform.runtime;

import java.time.Duration;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Settings every service shares.
 *
 * @param topicPartitions partitions of each topic a service creates at start
 * @param topicReplicas replication factor of those topics (1 on the embedded broker, 3 in
 * production)
 * @param outboxPollInterval how often the outbox relay looks for unpublished events when
 * nothing wakes it
 * @param outboxBatchSize how many aggregates the relay publishes per round
 * @param outboxGrace how long an outbox marker whose write never completed is kept before
 * it is dropped; longer than any store write can take
 * @param maxRequestBody the largest request body accepted; larger ones get 413 (256 KB by
 * default: a whistleblower narrative of 20,000 Thai characters is about 60 KB of UTF-8)
 */
@Validated
@ConfigurationProperties("sujarit.platform")
public record PlatformProperties(@DefaultValue("3") @Min(1) int topicPartitions,
		@DefaultValue("1") @Min(1) short topicReplicas, @DefaultValue("200ms") @NotNull Duration outboxPollInterval,
		@DefaultValue("500") @Min(1) int outboxBatchSize, @DefaultValue("60s") @NotNull Duration outboxGrace,
		@DefaultValue("256KB") @NotNull DataSize maxRequestBody) {
}
