package org.sujarit.platform.runtime;

import java.time.Clock;
import java.time.Duration;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.common.TopicPartition;
import org.sujarit.platform.events.EventCodec;
import org.sujarit.platform.events.UnreadableEventException;
import org.sujarit.platform.runtime.kafka.TopicsConfiguration;
import org.sujarit.platform.runtime.outbox.Outbox;
import org.sujarit.platform.runtime.outbox.OutboxRelay;
import org.sujarit.platform.runtime.web.ProblemAdvice;
import org.sujarit.platform.runtime.web.ProblemWriter;
import org.sujarit.platform.runtime.web.RequestBodyLimitFilter;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.serializer.DeserializationException;
import org.springframework.util.backoff.ExponentialBackOff;

/**
 * What every Sujarit service shares: the event codec, the outbox and its relay, the
 * topics, dead-lettering of events that cannot be handled, and problem answers.
 */
@AutoConfiguration(afterName = { "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration",
		"org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration" })
@EnableConfigurationProperties(PlatformProperties.class)
public class PlatformAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	Clock clock() {
		return Clock.systemUTC();
	}

	@Bean
	@ConditionalOnMissingBean
	EventCodec eventCodec(@Value("${spring.application.name:sujarit}") String application) {
		return new EventCodec("/sujarit/" + application);
	}

	@Bean
	@SuppressWarnings("unchecked")
	OutboxRelay outboxRelay(MongoTemplate mongo, KafkaTemplate<?, ?> kafka, PlatformProperties properties, Clock clock,
			MeterRegistry meters) {
		return new OutboxRelay(mongo, (KafkaTemplate<String, byte[]>) kafka, properties, clock, meters);
	}

	@Bean
	Outbox outbox(MongoTemplate mongo, EventCodec codec, Clock clock, OutboxRelay relay) {
		return new Outbox(mongo, codec, clock, relay::wake);
	}

	@Bean
	KafkaAdmin.NewTopics sujaritTopics(PlatformProperties properties) {
		return TopicsConfiguration.topics(properties);
	}

	@Bean
	@ConditionalOnMissingBean
	@SuppressWarnings("unchecked")
	CommonErrorHandler kafkaErrorHandler(KafkaTemplate<?, ?> kafka) {
		DeadLetterPublishingRecoverer recoverer = new DeadLetterPublishingRecoverer(
				(KafkaTemplate<Object, Object>) kafka,
				(record, ex) -> new TopicPartition(record.topic() + TopicsConfiguration.DEAD_LETTER_SUFFIX, 0));
		// exception messages and stack traces could quote what failed; the class is
		// enough
		recoverer.excludeHeader(DeadLetterPublishingRecoverer.HeaderNames.HeadersToAdd.EX_MSG,
				DeadLetterPublishingRecoverer.HeaderNames.HeadersToAdd.EX_STACKTRACE);
		ExponentialBackOff backOff = new ExponentialBackOff(200, 2.0);
		backOff.setMaxInterval(Duration.ofSeconds(5).toMillis());
		backOff.setMaxElapsedTime(Duration.ofSeconds(30).toMillis());
		DefaultErrorHandler handler = new DefaultErrorHandler(recoverer, backOff);
		handler.addNotRetryableExceptions(UnreadableEventException.class, DeserializationException.class);
		return handler;
	}

	@Bean
	ProblemAdvice problemAdvice() {
		return new ProblemAdvice();
	}

	@Bean
	FilterRegistrationBean<RequestBodyLimitFilter> requestBodyLimitFilter(PlatformProperties properties) {
		FilterRegistrationBean<RequestBodyLimitFilter> registration = new FilterRegistrationBean<>(
				new RequestBodyLimitFilter(properties.maxRequestBody().toBytes(), new ProblemWriter()));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
		return registration;
	}

}
