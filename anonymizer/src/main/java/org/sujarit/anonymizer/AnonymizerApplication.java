package org.sujarit.anonymizer;

import org.sujarit.anonymizer.cli.AnonymizerCommands;

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

	/**
	 * Starts the service, or runs one of the {@linkplain AnonymizerCommands offline
	 * commands} when the first argument names one ({@code redact},
	 * {@code rotate-vault-key}, {@code reseal-vault}) and exits with its status.
	 * @param args the command line
	 */
	public static void main(String[] args) {
		if (AnonymizerCommands.isCommand(args)) {
			System.exit(new AnonymizerCommands(System.out, System.err).run(args));
		}
		application().run(args);
	}

}
