package org.sujarit.anonymizer.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.sujarit.anonymizer.AnonymizerProperties;
import org.sujarit.anonymizer.vault.VaultKey;
import org.sujarit.anonymizer.vault.VaultKeyset;
import org.sujarit.anonymizer.vault.VaultResealer;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * {@code reseal-vault [--disable-old-keys] [--name=value ...]}: re-encrypts every sealed
 * identity under the primary vault key, then, when asked and when nothing is left under
 * an older key, disables the older keys.
 * <p>
 * It reads the anonymizer's own configuration ({@code anonymizer.yml}, environment,
 * {@code --name=value} arguments: {@code spring.mongodb.uri},
 * {@code spring.mongodb.database}, {@code sujarit.anonymizer.vault-keyset}) through a
 * small Spring context that holds only the MongoDB client and those settings: no Kafka,
 * no listener, no outbox relay, no web server. It prints counts only.
 */
final class ResealVaultCommand {

	static final String DISABLE_OLD_KEYS = "--disable-old-keys";

	private final PrintStream out;

	private final PrintStream err;

	ResealVaultCommand(PrintStream out, PrintStream err) {
		this.out = out;
		this.err = err;
	}

	int run(String[] args) {
		boolean disableOldKeys = false;
		List<String> springArgs = new ArrayList<>();
		for (String arg : args) {
			if (DISABLE_OLD_KEYS.equals(arg)) {
				disableOldKeys = true;
			}
			else if (arg.startsWith("--") && arg.contains("=")) {
				springArgs.add(arg);
			}
			else {
				return AnonymizerCommands.usage(this.err, "reseal-vault does not take '" + arg + "'");
			}
		}
		SpringApplication application = new SpringApplication(ResealContext.class);
		application.setWebApplicationType(WebApplicationType.NONE);
		application.setBannerMode(org.springframework.boot.Banner.Mode.OFF);
		application.setLogStartupInfo(false);
		application.setDefaultProperties(Map.of("spring.config.name", "anonymizer", "logging.level.root", "warn",
				"logging.level.org.sujarit", "info"));
		try (ConfigurableApplicationContext context = application.run(springArgs.toArray(String[]::new))) {
			AnonymizerProperties properties = context.getBean(AnonymizerProperties.class);
			VaultKey key = VaultKey.load(properties.vaultKeyset());
			VaultResealer.Result result = new VaultResealer(context.getBean(MongoTemplate.class), key).resealAll();
			this.out.println("Vault entries with a sealed identity: " + result.sealed() + "; resealed under key "
					+ result.primaryKeyId() + ": " + result.resealed() + "; did not open: " + result.failed()
					+ "; changed meanwhile: " + result.changed() + "; still under an older key: " + result.remaining()
					+ ".");
			if (result.failed() > 0) {
				this.err.println("error: " + result.failed()
						+ " entries did not open with the vault keyset (their submission ids are in the log)");
				return AnonymizerCommands.FAILED;
			}
			if (result.remaining() > 0) {
				this.err.println("error: " + result.remaining() + " entries are still sealed under an older key;"
						+ " was the anonymizer restarted after rotate-vault-key? Run reseal-vault again.");
				return AnonymizerCommands.FAILED;
			}
			if (disableOldKeys) {
				List<Long> disabled = VaultKeyset.disableAllButPrimary(properties.vaultKeyset());
				this.out.println("Disabled older keys " + disabled + " in " + properties.vaultKeyset()
						+ "; restart the anonymizer.");
			}
			else {
				this.out.println("Nothing is sealed under an older key: they may be disabled" + " (reseal-vault "
						+ DISABLE_OLD_KEYS + ").");
			}
			return AnonymizerCommands.OK;
		}
		catch (RuntimeException ex) {
			// configuration or connection problems: their messages name settings and
			// hosts, never an identity
			this.err.println("error: reseal-vault failed: " + ex.getClass().getSimpleName() + ": " + ex.getMessage());
			return AnonymizerCommands.FAILED;
		}
	}

	/**
	 * The command's context: the MongoDB client and template and the anonymizer's
	 * settings. Not a {@code @Configuration}, so the service's component scan never picks
	 * it up.
	 */
	@ImportAutoConfiguration(classes = { org.springframework.boot.mongodb.autoconfigure.MongoAutoConfiguration.class,
			org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration.class })
	@EnableConfigurationProperties(AnonymizerProperties.class)
	static class ResealContext {

	}

}
