package org.sujarit.platform.testkit;

import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.lifecycle.Startables;
import org.testcontainers.mongodb.MongoDBContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * Kafka and MongoDB in Docker containers, the same servers production runs.
 */
final class ContainerInfrastructure implements Infrastructure {

	/** The broker version the Kafka clients in this build speak. */
	static final String KAFKA_IMAGE = "apache/kafka:4.1.2";

	/** The store version production runs. */
	static final String MONGO_IMAGE = "mongo:8.0";

	private static final Logger logger = LoggerFactory.getLogger(ContainerInfrastructure.class);

	private final KafkaContainer kafka;

	private final MongoDBContainer mongo;

	private final AtomicBoolean closed = new AtomicBoolean();

	private ContainerInfrastructure(KafkaContainer kafka, MongoDBContainer mongo) {
		this.kafka = kafka;
		this.mongo = mongo;
	}

	static ContainerInfrastructure start() {
		long started = System.nanoTime();
		KafkaContainer kafka = new KafkaContainer(DockerImageName.parse(KAFKA_IMAGE));
		// A replica set gives change streams and transactions, as in production; the
		// connection string stays a single host.
		MongoDBContainer mongo = new MongoDBContainer(DockerImageName.parse(MONGO_IMAGE)).withReplicaSet();
		try {
			Startables.deepStart(kafka, mongo).join();
		}
		catch (CompletionException ex) {
			RuntimeException failure = (ex.getCause() instanceof RuntimeException cause) ? cause : ex;
			stop(kafka, mongo, failure);
			throw failure;
		}
		catch (RuntimeException ex) {
			stop(kafka, mongo, ex);
			throw ex;
		}
		ContainerInfrastructure infrastructure = new ContainerInfrastructure(kafka, mongo);
		logger.info("Started Kafka container at {} and MongoDB container at {} in {} ms",
				infrastructure.kafkaBootstrapServers(), infrastructure.mongoUri(),
				(System.nanoTime() - started) / 1_000_000);
		return infrastructure;
	}

	@Override
	public String kafkaBootstrapServers() {
		return this.kafka.getBootstrapServers();
	}

	@Override
	public String mongoUri() {
		return this.mongo.getConnectionString();
	}

	@Override
	public String mode() {
		return CONTAINERS;
	}

	@Override
	public void close() {
		if (this.closed.compareAndSet(false, true)) {
			RuntimeException failure = new IllegalStateException("Could not stop infrastructure containers");
			stop(this.kafka, this.mongo, failure);
			if (failure.getSuppressed().length > 0) {
				throw failure;
			}
			logger.info("Stopped Kafka and MongoDB containers");
		}
	}

	// Stops both even if one fails; Ryuk would remove them at JVM exit anyway, but a long
	// run should not keep them.
	private static void stop(KafkaContainer kafka, MongoDBContainer mongo, Throwable failure) {
		try {
			kafka.stop();
		}
		catch (RuntimeException ex) {
			failure.addSuppressed(ex);
		}
		try {
			mongo.stop();
		}
		catch (RuntimeException ex) {
			failure.addSuppressed(ex);
		}
	}

	@Override
	public String toString() {
		return "ContainerInfrastructure[kafka=" + kafkaBootstrapServers() + ", mongo=" + mongoUri() + "]";
	}

}
