package org.sujarit.statistics;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * The statistics service: yearly counts of cases by channel, category, unit and status,
 * for the open-data feed. It keeps counts only, never anything that could point back to a
 * complainant or reporter.
 */
@SpringBootApplication
public class StatisticsApplication {

	/**
	 * The application with its own configuration name, so it can share a JVM with the
	 * other services without reading their configuration.
	 * @return the builder
	 */
	public static SpringApplicationBuilder application() {
		return new SpringApplicationBuilder(StatisticsApplication.class).properties("spring.config.name=statistics");
	}

	public static void main(String[] args) {
		application().run(args);
	}

}
