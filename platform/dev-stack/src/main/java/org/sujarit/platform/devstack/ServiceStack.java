package org.sujarit.platform.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.sujarit.platform.runtime.keys.Keysets;

import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Runs the staff sign-in service and the five services in this JVM against one broker and
 * one store: the dev stack and the end-to-end tests start the system the same way.
 */
public final class ServiceStack implements AutoCloseable {

	/** File name of staff sign-in's token signing key in the keys folder. */
	public static final String STAFF_SIGNING_KEY = "staff-sign-in-jwk.json";

	/**
	 * The authorization server's auto-configuration, which staff sign-in brings onto the
	 * shared classpath; only staff sign-in is an authorization server.
	 */
	private static final List<String> AUTHORIZATION_SERVER = List.of(
			"org.springframework.boot.security.oauth2.server.authorization.autoconfigure.servlet.OAuth2AuthorizationServerAutoConfiguration",
			"org.springframework.boot.security.oauth2.server.authorization.autoconfigure.servlet.OAuth2AuthorizationServerJwtAutoConfiguration");

	/**
	 * Security auto-configuration that case-tracking and staff sign-in bring onto the
	 * shared classpath; the services without a staff API must not pick it up just because
	 * it is there (they also turn the platform's staff access off).
	 */
	private static final List<String> FOREIGN_SECURITY = List.of(
			"org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration",
			"org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration",
			"org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration",
			"org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterAutoConfiguration",
			"org.springframework.boot.security.autoconfigure.actuate.web.servlet.ManagementWebSecurityAutoConfiguration",
			"org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration");

	private final Settings settings;

	/** Chosen once, so the issuer stays the same when the service restarts. */
	private final int signInPort;

	private final Map<Service, ConfigurableApplicationContext> running = new EnumMap<>(Service.class);

	/**
	 * Chosen once: staff sign-in must know the console's redirect URI (case-tracking's
	 * port) and the console the anonymizer's URL before they start.
	 */
	private final int casesPort;

	private final int anonymizerPort;

	private ServiceStack(Settings settings) {
		this.settings = settings;
		// the issuer names the port, so it must be known before the service starts
		this.signInPort = chosenPort(settings, Service.STAFF_SIGN_IN);
		this.casesPort = chosenPort(settings, Service.CASE_TRACKING);
		this.anonymizerPort = chosenPort(settings, Service.ANONYMIZER);
	}

	private static int chosenPort(Settings settings, Service service) {
		int port = settings.ports().getOrDefault(service, service.defaultPort());
		return (port != 0) ? port : freePort();
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
	 * Starts staff sign-in, then every service, and returns once all are ready.
	 * @param settings where they connect and listen
	 * @return the running stack
	 */
	public static ServiceStack start(Settings settings) {
		return start(settings, EnumSet.allOf(Service.class));
	}

	/**
	 * Starts some of the services (staff sign-in first when among them) and returns once
	 * they are ready; the others are expected on their ports, run by other JVMs.
	 * @param settings where they connect and listen
	 * @param services which to start
	 * @return the running stack
	 */
	public static ServiceStack start(Settings settings, Set<Service> services) {
		// five applications (re)starting in one JVM would each reset Logback and
		// stack up or drop appenders: logging is configured once, from the classpath
		System.setProperty("org.springframework.boot.logging.LoggingSystem", "none");
		Keysets.ensureDevelopmentKeysets(settings.keysDirectory());
		ServiceStack stack = new ServiceStack(settings);
		ExecutorService starter = Executors.newFixedThreadPool(Service.values().length);
		try {
			// first, so staff APIs find their provider from their first request on
			if (services.contains(Service.STAFF_SIGN_IN)) {
				stack.startService(Service.STAFF_SIGN_IN);
			}
			List<CompletableFuture<Void>> starts = new ArrayList<>();
			for (Service service : services) {
				if (service != Service.STAFF_SIGN_IN) {
					starts.add(CompletableFuture.runAsync(() -> stack.startService(service), starter));
				}
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
		String issuer = "http://localhost:" + this.signInPort;
		switch (service) {
			case STAFF_SIGN_IN -> {
				properties.put("server.port", this.signInPort);
				// no events: Spring Cloud Stream, on the shared classpath, binds nothing
				// here
				properties.put("spring.cloud.stream.function.autodetect", false);
				properties.put("sujarit.signin.issuer", issuer);
				properties.put("sujarit.signin.signing-key", keys.resolve(STAFF_SIGNING_KEY).toString());
				// the staff console signs in from case-tracking's actual port
				properties.put("sujarit.signin.console.redirect-uris",
						"http://localhost:" + this.casesPort + "/login/oauth2/code/sujarit");
				properties.put("sujarit.signin.console.post-logout-redirect-uris",
						"http://localhost:" + this.casesPort + "/console/signed-out");
			}
			// the anonymizer's staff API is the disclosure procedure
			case CASE_TRACKING, ANONYMIZER -> {
				properties.put("server.port",
						(service == Service.CASE_TRACKING) ? this.casesPort : this.anonymizerPort);
				if (service == Service.CASE_TRACKING) {
					// the staff console signs in here and asks the anonymizer for
					// disclosures
					properties.put("sujarit.console.issuer", issuer);
					properties.put("sujarit.console.anonymizer-url", "http://localhost:" + this.anonymizerPort);
				}
				properties.put("sujarit.staff.issuer", issuer);
				properties.put("sujarit.staff.jwk-set-uri", issuer + "/oauth2/jwks");
				properties.put("spring.autoconfigure.exclude", String.join(",", AUTHORIZATION_SERVER));
			}
			default -> {
				List<String> excluded = new ArrayList<>(FOREIGN_SECURITY);
				excluded.addAll(AUTHORIZATION_SERVER);
				properties.put("spring.autoconfigure.exclude", String.join(",", excluded));
				properties.put("sujarit.staff.enabled", false);
			}
		}
		properties.putAll(this.settings.extraProperties());
		return properties;
	}

	/**
	 * The issuer of staff tokens, staff sign-in's base URL.
	 * @return such as {@code http://localhost:9000}
	 */
	public String staffIssuer() {
		return "http://localhost:" + this.signInPort;
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
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
