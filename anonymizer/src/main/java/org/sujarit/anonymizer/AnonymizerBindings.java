package org.sujarit.anonymizer;

import java.util.List;
import java.util.function.Consumer;

import org.sujarit.platform.events.Topics;
import org.sujarit.platform.runtime.events.EventDispatchers;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The topics this service reads, one function per topic, bound in anonymizer.yml.
 */
@Configuration(proxyBeanMethods = false)
class AnonymizerBindings {

	@Bean
	Consumer<List<byte[]>> whistleblowerSealed(EventDispatchers dispatchers) {
		return dispatchers.forTopic(Topics.WHISTLEBLOWER_SEALED);
	}

	@Bean
	Consumer<List<byte[]>> caseStatus(EventDispatchers dispatchers) {
		return dispatchers.forTopic(Topics.CASE_STATUS);
	}

}
