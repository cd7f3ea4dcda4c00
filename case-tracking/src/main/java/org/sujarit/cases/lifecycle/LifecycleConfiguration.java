package org.sujarit.cases.lifecycle;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Makes the lifecycle rules available to the staff API.
 */
@Configuration(proxyBeanMethods = false)
class LifecycleConfiguration {

	@Bean
	CaseLifecycle caseLifecycle() {
		return new CaseLifecycle();
	}

}
