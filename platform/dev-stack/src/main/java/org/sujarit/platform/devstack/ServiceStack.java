package org.sujarit.platform.devstack;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.sujarit.platform.runtime.keys.Keysets;

import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Runs the five services in this JVM against one broker and one store: the dev stack and
 * the end-to-end tests start the system the same way.
 */
public final class ServiceStack implements AutoCloseable {

	/**
	 * Security auto-configuration that case-tracking brings onto the shared classpath;
	 * the other services do not use it and must not pick it up just because it is there.
	 */
	private static final String FOREIGN_SECURITY = String.join(",",
			"org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration",
			"org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration",
			"org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration",
			"org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterAutoConfiguration",
			"org.springframework.boot.security.autoconfigure.actuate.web.servlet.ManagementWebSecurityAutoConfiguration");

	private final Settings settings;

	private final Map<Service, ConfigurableApplicationContext> running = new EnumMap<>(Service.class);

	private ServiceStack(Settings settings) {
		this.settings = settings;
	}

	/**
	 * Where the services find their infrastructure, and on which ports they listen.
	 *
	 * @param kafkaBootstrapServers the broker
	 * @param mongoUri the store, without a database name
	 * @param keysDirectory where the keysets are (made there if missing)
	 * @param smtpPort the SMTP server notification sends through
	 * @param ports the port of each service; 0 picks a free one
	 * @param extraProperties further properties for every service
	 */
	public record Settings(String kafkaBootstrapServers, String mongoUri, Path keysDirectory, int smtpPort,
			Map<Service, Integer> ports, Map<String, Object> extraProperties) {
	}

	/**
	 * Starts every service and returns once all are ready.
	 * @param settings where they connect and listen
	 * @return the running stack
	 */
	public static ServiceStack start(Settings settings) {
		// five applications (re)starting in one JVM would each reset Logback and
		// stack up or drop appenders: logging is configured once, from the classpath
		System.setProperty("org.springframework.boot.logging.LoggingSystem", "none");
		Keysets.ensureDevelopmentKeysets(settings.keysDirectory());
		ServiceStack stack = new ServiceStack(settings);
		ExecutorService starter = Executors.newFixedThreadPool(Service.values().length);
		try {
			List<CompletableFuture<Void>> starts = new ArrayList<>();
			for (Service service : Service.values()) {
				starts.add(CompletableFuture.runAsync(() -> stack.startService(service), starter));
			}
			CompletableFuture.allOf(starts.toArray(CompletableFuture[]::new)).join();
		}
		catch (RuntimeException ex) {
			stack.close();
			throw ex;
		}
		finally {
			starter.shutdown();
		}
		return stack;
	}

	/**
	 * Stops one service and starts it again, as a crash and restart would.
	 * @param service the service
	 */
	public void restart(Service service) {
		stop(service);
		startService(service);
	}

	/**
	 * Stops one service.
	 * @param service the service
	 */
	public void stop(Service service) {
		ConfigurableApplicationContext context;
		synchronized (this.running) {
			context = this.running.remove(service);
		}
		if (context != null) {
			context.close();
		}
	}

	/**
	 * Starts one stopped service.
	 * @param service the service
	 */
	public void startService(Service service) {
		// as arguments, not default properties: those rank below the service's own config
		// file, and the stack must win over its localhost defaults
		String[] arguments = properties(service).entrySet()
			.stream()
			.map((property) -> "--" + property.getKey() + "=" + property.getValue())
			.toArray(String[]::new);
		ConfigurableApplicationContext context = service.application().run(arguments);
		synchronized (this.running) {
			this.running.put(service, context);
		}
	}

	/**
	 * The base URL of a running service.
	 * @param service the service
	 * @return such as {@code http://localhost:8080}
	 */
	public String url(Service service) {
		return "http://localhost:" + port(service);
	}

	public int port(Service service) {
		return ((WebServerApplicationContext) context(service)).getWebServer().getPort();
	}

	public ConfigurableApplicationContext context(Service service) {
		synchronized (this.running) {
			ConfigurableApplicationContext context = this.running.get(service);
			if (context == null) {
				throw new IllegalStateException(service.id() + " is not running");
			}
			return context;
		}
	}

	private Map<String, Object> properties(Service service) {
		Path keys = this.settings.keysDirectory().toAbsolutePath();
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("spring.kafka.bootstrap-servers", this.settings.kafkaBootstrapServers());
		properties.put("spring.mongodb.uri", this.settings.mongoUri());
		properties.put("server.port", this.settings.ports().getOrDefault(service, service.defaultPort()));
		properties.put("spring.main.banner-mode", "off");
		// the stack closes the services itself, before the broker and store they need
		properties.put("spring.main.register-shutdown-hook", false);
		properties.put("sujarit.intake.whistleblower.sealing-keyset", keys.resolve(Keysets.SEALING_PUBLIC).toString());
		properties.put("sujarit.intake.whistleblower.receipt-pepper", keys.resolve(Keysets.RECEIPT_PEPPER).toString());
		properties.put("sujarit.anonymizer.sealing-keyset", keys.resolve(Keysets.SEALING_PRIVATE).toString());
		properties.put("sujarit.anonymizer.vault-keyset", keys.resolve(Keysets.VAULT).toString());
		properties.put("sujarit.cases.reclassification.sealing-keyset",
				keys.resolve(Keysets.SEALING_PUBLIC).toString());
		properties.put("spring.mail.port", this.settings.smtpPort());
		if (service != Service.CASE_TRACKING) {
			properties.put("spring.autoconfigure.exclude", FOREIGN_SECURITY);
		}
		properties.putAll(this.settings.extraProperties());
		return properties;
	}

	@Override
	public void close() {
		List<Service> services = new ArrayList<>(List.of(Service.values()));
		java.util.Collections.reverse(services);
		for (Service service : services) {
			stop(service);
		}
	}

}
