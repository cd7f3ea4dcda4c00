package org.sujarit.cases;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Case tracking: opens a case for every general complaint and sanitized whistleblower
 * report, routes it to a unit, keeps its audit trail and lets staff work their queues.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class CaseTrackingApplication {

	/**
	 * The application with its own configuration name, so it can share a JVM with the
	 * other services.
	 * @return the builder
	 */
	public static SpringApplicationBuilder application() {
		return new SpringApplicationBuilder(CaseTrackingApplication.class)
			.properties("spring.config.name=case-tracking");
	}

	public static void main(String[] args) {
		application().run(args);
	}

}
