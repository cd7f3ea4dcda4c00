package org.sujarit.anonymizer;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * The anonymizer: the restricted-zone service that opens sealed whistleblower reports,
 * keeps the reporter's identity sealed in its vault and passes on a redacted report under
 * a pseudonym.
 */
@SpringBootApplication
public class AnonymizerApplication {

	/**
	 * The application with its own configuration name, so it can share a JVM with the
	 * other services without their configuration files shadowing each other.
	 * @return the builder
	 */
	public static SpringApplicationBuilder application() {
		return new SpringApplicationBuilder(AnonymizerApplication.class).properties("spring.config.name=anonymizer");
	}

	public static void main(String[] args) {
		application().run(args);
	}

}
