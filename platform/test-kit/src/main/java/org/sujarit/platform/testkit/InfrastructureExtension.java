package org.sujarit.platform.testkit;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestInstanceFactoryContext;
import org.junit.jupiter.api.extension.TestInstancePreConstructCallback;

/**
 * JUnit Jupiter extension that gives every test class of a run the same
 * {@link Infrastructure}.
 * <p>
 * The infrastructure starts on first use and lives in the root extension store, so it is
 * shared by all test classes in the JVM and JUnit closes it when the run ends. Before a
 * test class runs, the extension sets the system properties
 * {@value #KAFKA_BOOTSTRAP_SERVERS_PROPERTY} and {@value #MONGODB_URI_PROPERTY}, which a
 * {@code @SpringBootTest} context picks up. Test constructors, test methods and lifecycle
 * methods can declare an {@link Infrastructure} parameter.
 *
 * @see SujaritIntegrationTest
 */
public class InfrastructureExtension implements BeforeAllCallback, TestInstancePreConstructCallback, ParameterResolver {

	/** Spring Boot property for the Kafka bootstrap servers. */
	public static final String KAFKA_BOOTSTRAP_SERVERS_PROPERTY = "spring.kafka.bootstrap-servers";

	/** Spring Boot 4 property for the MongoDB connection string. */
	public static final String MONGODB_URI_PROPERTY = "spring.mongodb.uri";

	private static final Namespace NAMESPACE = Namespace.create(InfrastructureExtension.class);

	@Override
	public void beforeAll(ExtensionContext context) {
		publish(infrastructure(context));
	}

	// With @TestInstance(PER_CLASS) the instance, and with it the Spring context, is
	// built before beforeAll: the properties must be in place by then.
	@Override
	public void preConstructTestInstance(TestInstanceFactoryContext factoryContext, ExtensionContext context) {
		publish(infrastructure(context));
	}

	@Override
	public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
		return parameterContext.getParameter().getType() == Infrastructure.class;
	}

	@Override
	public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
		return infrastructure(extensionContext);
	}

	/**
	 * Returns the run's infrastructure, starting it if this is the first use.
	 * @param context any extension context of the run
	 * @return the shared infrastructure
	 */
	public static Infrastructure infrastructure(ExtensionContext context) {
		// The root store outlives every test class and JUnit closes AutoCloseable
		// values in it at the end of the run; its computeIfAbsent is safe under
		// parallel execution.
		return context.getRoot()
			.getStore(NAMESPACE)
			.computeIfAbsent(Infrastructure.class, (key) -> Infrastructure.start(), Infrastructure.class);
	}

	private static void publish(Infrastructure infrastructure) {
		System.setProperty(KAFKA_BOOTSTRAP_SERVERS_PROPERTY, infrastructure.kafkaBootstrapServers());
		System.setProperty(MONGODB_URI_PROPERTY, infrastructure.mongoUri());
	}

}
