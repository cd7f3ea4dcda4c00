package org.sujarit.platform.testkit;

/**
 * A running Kafka broker and MongoDB-wire store that integration tests connect to.
 * <p>
 * Obtain the shared instance through {@link InfrastructureExtension} (usually via
 * {@link SujaritIntegrationTest}); call {@link #start()} directly only outside JUnit.
 * Either {@value #EMBEDDED} (an in-process KRaft broker and mongo-java-server) or
 * {@value #CONTAINERS} (Testcontainers): see {@link #selectedMode()}.
 */
public interface Infrastructure extends AutoCloseable {

	/**
	 * Name of the environment variable and system property that forces a mode. The system
	 * property wins over the environment variable.
	 */
	String MODE_SETTING = "SUJARIT_TEST_INFRA";

	/** Mode value for the in-process broker and store. */
	String EMBEDDED = "embedded";

	/** Mode value for Testcontainers (needs a Docker engine). */
	String CONTAINERS = "containers";

	/**
	 * Returns the address clients bootstrap from.
	 * @return the Kafka {@code bootstrap.servers} value, such as {@code localhost:39001}
	 */
	String kafkaBootstrapServers();

	/**
	 * Returns the store's connection string.
	 * @return a {@code mongodb://host:port} URI without a database name, so each test
	 * picks its own database
	 */
	String mongoUri();

	/**
	 * Returns how the infrastructure runs.
	 * @return {@value #EMBEDDED} or {@value #CONTAINERS}
	 */
	String mode();

	/**
	 * Stops the broker and the store. Calling it again does nothing.
	 */
	@Override
	void close();

	/**
	 * Starts new infrastructure in the {@linkplain #selectedMode() selected mode}.
	 * @return the running infrastructure; the caller closes it
	 */
	static Infrastructure start() {
		return start(selectedMode());
	}

	/**
	 * Starts new infrastructure in the given mode.
	 * @param mode {@value #EMBEDDED} or {@value #CONTAINERS}
	 * @return the running infrastructure; the caller closes it
	 */
	static Infrastructure start(String mode) {
		return switch (InfrastructureMode.parse(mode)) {
			case EMBEDDED -> EmbeddedInfrastructure.start();
			case CONTAINERS -> ContainerInfrastructure.start();
		};
	}

	/**
	 * Returns the mode {@link #start()} uses: the one forced by {@value #MODE_SETTING}
	 * (system property, then environment variable) if set, else {@value #CONTAINERS} when
	 * a Docker engine answers and {@value #EMBEDDED} otherwise.
	 * @return {@value #EMBEDDED} or {@value #CONTAINERS}
	 * @throws IllegalArgumentException if {@value #MODE_SETTING} has another value
	 */
	static String selectedMode() {
		return InfrastructureMode
			.select(System.getProperty(MODE_SETTING), System.getenv(MODE_SETTING), InfrastructureMode::dockerAvailable)
			.value();
	}

}
