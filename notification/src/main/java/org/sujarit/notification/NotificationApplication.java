package org.sujarit.notification;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The notification service: tells general complainants by e-mail when their case changes
 * status. Whistleblower cases never get anything from here.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class NotificationApplication {

	/**
	 * The application with its own configuration name, so it can share a JVM with the
	 * other services without reading their configuration.
	 * @return the builder
	 */
	public static SpringApplicationBuilder application() {
		return new SpringApplicationBuilder(NotificationApplication.class)
			.properties("spring.config.name=notification");
	}

	public static void main(String[] args) {
		application().run(args);
	}

}
