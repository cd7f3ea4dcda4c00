package org.sujarit.cases.routing;

import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Makes the routing from its configuration, failing start when the table is invalid.
 */
@Configuration(proxyBeanMethods = false)
class RoutingConfiguration {

	private static final Logger log = LoggerFactory.getLogger(RoutingConfiguration.class);

	@Bean
	Routing routing(RoutingProperties properties) {
		Routing routing = new Routing(properties);
		// a configured table replaces the default one: show what is in force
		log.info("Routing general categories: {}; others to {}; corruption and whistleblower reports to {}",
				properties.units()
					.entrySet()
					.stream()
					.map((entry) -> entry.getKey() + "->" + entry.getValue())
					.collect(Collectors.joining(", ")),
				properties.fallbackUnit(), Routing.LEGAL);
		return routing;
	}

}
