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
		defaults.put("management.endpoints.web.exposure.include", "health,info,prometheus");
		defaults.put("management.endpoint.health.probes.enabled", "true");
		defaults.put("server.error.include-stacktrace", "never");
		defaults.put("server.error.include-message", "never");
		defaults.put("spring.jmx.enabled", "false");
		environment.getPropertySources().addLast(new MapPropertySource("sujaritPlatformDefaults", defaults));
	}

}
