package org.sujarit.intake;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The public intake service: takes general complaints and whistleblower reports, hands
 * out tracking codes and receipts, and shows citizens where their case stands.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ComplaintIntakeApplication {

	/**
	 * The application with its own configuration name, so it can share a JVM with the
	 * other services without reading their configuration files.
	 * @return the builder
	 */
	public static SpringApplicationBuilder application() {
		return new SpringApplicationBuilder(ComplaintIntakeApplication.class)
			.properties("spring.config.name=complaint-intake");
	}

	public static void main(String[] args) {
		application().run(args);
	}

}
