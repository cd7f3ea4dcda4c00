package org.sujarit.platform.runtime;

import java.time.Clock;

import io.micrometer.core.instrument.MeterRegistry;
import org.sujarit.platform.events.EventCodec;
import org.sujarit.platform.runtime.events.DeadLetters;
import org.sujarit.platform.runtime.events.EventDispatchers;
import org.sujarit.platform.runtime.events.EventHandler;
import org.sujarit.platform.runtime.kafka.TopicsConfiguration;
import org.sujarit.platform.runtime.outbox.Outbox;
import org.sujarit.platform.runtime.outbox.OutboxRelay;
import org.sujarit.platform.runtime.web.ProblemAdvice;
import org.sujarit.platform.runtime.web.ProblemWriter;
import org.sujarit.platform.runtime.web.RequestBodyLimitFilter;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.cloud.stream.binder.kafka.ListenerContainerWithDlqAndRetryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * What every Sujarit service shares: the event codec, the outbox and its relay, the
 * topics, the dispatch of consumed events to their handlers, dead-lettering of events
 * that cannot be handled, and problem answers.
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
		return new Outbox(mongo, codec, clock, relay::written);
	}

	@Bean
	KafkaAdmin.NewTopics sujaritTopics(PlatformProperties properties) {
		return TopicsConfiguration.topics(properties);
	}

	@Bean
	EventDispatchers eventDispatchers(EventCodec codec, ObjectProvider<EventHandler<?>> handlers) {
		return new EventDispatchers(codec, handlers);
	}

	@Bean
	@ConditionalOnMissingBean(ListenerContainerWithDlqAndRetryCustomizer.class)
	DeadLetters deadLetters(KafkaTemplate<?, ?> kafka) {
		return new DeadLetters(kafka);
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
