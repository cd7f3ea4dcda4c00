package org.sujarit.cases.access;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Makes the access rules available to the services.
 */
@Configuration(proxyBeanMethods = false)
class AccessConfiguration {

	@Bean
	CaseAccess caseAccess() {
		return new CaseAccess();
	}

}
