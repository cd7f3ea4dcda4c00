package org.sujarit.platform.runtime;

import java.util.LinkedHashMap;
import java.util.Map;

import org.sujarit.platform.events.Topics;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Defaults every service runs with, added last so a service's own configuration wins.
 * These are the settings the event guarantees rest on (acknowledged, idempotent
 * producing; offsets committed only after processing), so they live here once rather than
 * in five files.
 */
public class PlatformDefaults implements EnvironmentPostProcessor {

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		Map<String, Object> defaults = new LinkedHashMap<>();
		defaults.put("spring.kafka.producer.acks", "all");
		defaults.put("spring.kafka.producer.key-serializer", "org.apache.kafka.common.serialization.StringSerializer");
		defaults.put("spring.kafka.producer.value-serializer",
				"org.apache.kafka.common.serialization.ByteArraySerializer");
		defaults.put("spring.kafka.producer.properties.enable.idempotence", "true");
		defaults.put("spring.kafka.producer.properties.max.in.flight.requests.per.connection", "5");
		defaults.put("spring.kafka.producer.properties.linger.ms", "5");
		// evidence files travel on the sealed and sanitized topics
		defaults.put("spring.kafka.producer.properties.max.request.size", String.valueOf(Topics.LARGE_MESSAGE_BYTES));
		defaults.put("spring.kafka.consumer.key-deserializer",
				"org.apache.kafka.common.serialization.StringDeserializer");
		defaults.put("spring.kafka.consumer.value-deserializer",
				"org.apache.kafka.common.serialization.ByteArrayDeserializer");
		defaults.put("spring.kafka.consumer.auto-offset-reset", "earliest");
		defaults.put("spring.kafka.consumer.enable-auto-commit", "false");
		defaults.put("spring.kafka.consumer.isolation-level", "read-committed");
		// consumers bind through Spring Cloud Stream: every binding takes batches of raw
		// records (the EventDispatcher decodes them), reads committed records from the
		// earliest offset, commits after the function returns, and dead-letters to its
		// dlqName (<topic>.dlt, one partition) through DeadLetters
		defaults.put("spring.cloud.stream.default.group",
				"${spring.kafka.consumer.group-id:${spring.application.name}}");
		defaults.put("spring.cloud.stream.default.consumer.batch-mode", "true");
		defaults.put("spring.cloud.stream.default.consumer.use-native-decoding", "true");
		defaults.put("spring.cloud.stream.kafka.default.consumer.enable-dlq", "true");
		defaults.put("spring.cloud.stream.kafka.default.consumer.dlq-partitions", "1");
		defaults.put("spring.cloud.stream.kafka.default.consumer.start-offset", "earliest");
		defaults.put("spring.cloud.stream.kafka.binder.consumer-properties.isolation.level", "read_committed");
		defaults.put("spring.cloud.stream.kafka.binder.consumer-properties.enable.auto.commit", "false");
		defaults.put("spring.cloud.stream.kafka.binder.consumer-properties.key.deserializer",
				"org.apache.kafka.common.serialization.StringDeserializer");
		defaults.put("spring.cloud.stream.kafka.binder.consumer-properties.value.deserializer",
				"org.apache.kafka.common.serialization.ByteArrayDeserializer");
		// the topics and their .dlt are created by TopicsConfiguration, with their sizes
		defaults.put("spring.cloud.stream.kafka.binder.auto-add-partitions", "false");
		defaults.put("management.endpoints.web.exposure.include", "health,info,prometheus");
		defaults.put("management.endpoint.health.probes.enabled", "true");
		defaults.put("server.error.include-stacktrace", "never");
		defaults.put("server.error.include-message", "never");
		defaults.put("spring.jmx.enabled", "false");
		environment.getPropertySources().addLast(new MapPropertySource("sujaritPlatformDefaults", defaults));
	}

}
