package org.sujarit.intake;

import java.util.List;
import java.util.function.Consumer;

import org.sujarit.platform.events.Topics;
import org.sujarit.platform.runtime.events.EventDispatchers;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The topics this service reads, one function per topic, bound in complaint-intake.yml.
 */
@Configuration(proxyBeanMethods = false)
class IntakeBindings {

	@Bean
	Consumer<List<byte[]>> caseStatus(EventDispatchers dispatchers) {
		return dispatchers.forTopic(Topics.CASE_STATUS);
	}

}
