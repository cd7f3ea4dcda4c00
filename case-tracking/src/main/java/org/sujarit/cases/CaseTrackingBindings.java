package org.sujarit.cases;

import java.util.List;
import java.util.function.Consumer;

import org.sujarit.platform.events.Topics;
import org.sujarit.platform.runtime.events.EventDispatchers;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The topics this service reads, one function per topic, bound in case-tracking.yml.
 */
@Configuration(proxyBeanMethods = false)
class CaseTrackingBindings {

	@Bean
	Consumer<List<byte[]>> complaints(EventDispatchers dispatchers) {
		return dispatchers.forTopic(Topics.COMPLAINTS);
	}

	@Bean
	Consumer<List<byte[]>> reportsSanitized(EventDispatchers dispatchers) {
		return dispatchers.forTopic(Topics.REPORTS_SANITIZED);
	}

	@Bean
	Consumer<List<byte[]>> complaintPhotos(EventDispatchers dispatchers) {
		return dispatchers.forTopic(Topics.COMPLAINT_PHOTOS);
	}

}
