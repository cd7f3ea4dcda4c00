package org.sujarit.anonymizer.pings;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The pings' settings, their sweep schedule and the SMS sender (none until a gateway is
 * configured).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties(PingProperties.class)
class PingConfiguration {

	@Bean
	@ConditionalOnMissingBean
	SmsSender smsSender() {
		return new SmsSender.None();
	}

}
