package org.sujarit.notification;

import java.util.List;
import java.util.function.Consumer;

import org.sujarit.platform.events.Topics;
import org.sujarit.platform.runtime.events.EventDispatchers;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The topics this service reads, one function per topic, bound in notification.yml. One
 * consumer per topic: two in one consumer group would split the topic between them.
 */
@Configuration(proxyBeanMethods = false)
class NotificationBindings {

	@Bean
	Consumer<List<byte[]>> complaints(EventDispatchers dispatchers) {
		return dispatchers.forTopic(Topics.COMPLAINTS);
	}

	@Bean
	Consumer<List<byte[]>> caseStatus(EventDispatchers dispatchers) {
		return dispatchers.forTopic(Topics.CASE_STATUS);
	}

}
