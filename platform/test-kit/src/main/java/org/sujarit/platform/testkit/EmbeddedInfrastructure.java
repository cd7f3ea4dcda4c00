package org.sujarit.platform.testkit;

import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.MongoVersion;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * An in-process KRaft broker and an in-memory mongo-java-server, for machines without
 * Docker.
 */
final class EmbeddedInfrastructure implements Infrastructure {

	private static final Logger logger = LoggerFactory.getLogger(EmbeddedInfrastructure.class);

	// One broker cannot satisfy Kafka's defaults of three replicas for the
	// transaction and offsets logs: without these, transactional and grouped
	// consumers hang.
	private static final Map<String, String> BROKER_PROPERTIES = Map.of("transaction.state.log.replication.factor", "1",
			"transaction.state.log.min.isr", "1", "offsets.topic.replication.factor", "1", "min.insync.replicas", "1",
			"auto.create.topics.enable", "true");

	// as the dev stack's store (StoreBackend.SERVER_VERSION): MongoDB 5.0, wire version
	// 13,
	// so the tests see the server the services meet there. mongo-java-server's own 5.0
	// reports wire version 8.
	private static final MongoVersion SERVER_VERSION = new MongoVersion() {

		@Override
		public List<Integer> getVersionArray() {
			return List.of(5, 0, 0);
		}

		@Override
		public int getWireVersion() {
			return 13;
		}

	};

	private final EmbeddedKafkaKraftBroker kafka;

	private final MongoServer mongo;

	private final String mongoUri;

	private final AtomicBoolean closed = new AtomicBoolean();

	private EmbeddedInfrastructure(EmbeddedKafkaKraftBroker kafka, MongoServer mongo, String mongoUri) {
		this.kafka = kafka;
		this.mongo = mongo;
		this.mongoUri = mongoUri;
	}

	static EmbeddedInfrastructure start() {
		long started = System.nanoTime();
		MongoServer mongo = new MongoServer(new MemoryBackend().version(SERVER_VERSION));
		EmbeddedKafkaKraftBroker kafka = null;
		try {
			// change streams need the oplog
			mongo.enableOplog();
			InetSocketAddress address = mongo.bind();
			String mongoUri = "mongodb://" + address.getHostString() + ":" + address.getPort();
			kafka = new EmbeddedKafkaKraftBroker(1, 1);
			kafka.brokerProperties(BROKER_PROPERTIES);
			kafka.afterPropertiesSet();
			EmbeddedInfrastructure infrastructure = new EmbeddedInfrastructure(kafka, mongo, mongoUri);
			logger.info("Started embedded Kafka at {} and MongoDB-wire store at {} in {} ms",
					infrastructure.kafkaBootstrapServers(), mongoUri, (System.nanoTime() - started) / 1_000_000);
			return infrastructure;
		}
		catch (RuntimeException | Error ex) {
			stop(kafka, mongo, ex);
			throw ex;
		}
	}

	@Override
	public String kafkaBootstrapServers() {
		return this.kafka.getBrokersAsString();
	}

	@Override
	public String mongoUri() {
		return this.mongoUri;
	}

	@Override
	public String mode() {
		return EMBEDDED;
	}

	@Override
	public void close() {
		if (this.closed.compareAndSet(false, true)) {
			RuntimeException failure = new IllegalStateException("Could not stop embedded infrastructure");
			stop(this.kafka, this.mongo, failure);
			if (failure.getSuppressed().length > 0) {
				throw failure;
			}
			logger.info("Stopped embedded Kafka and MongoDB-wire store");
		}
	}

	// Stops both even if one fails, so a failed start or stop does not leak the other.
	private static void stop(EmbeddedKafkaKraftBroker kafka, MongoServer mongo, Throwable failure) {
		if (kafka != null) {
			try {
				kafka.destroy();
			}
			catch (RuntimeException ex) {
				failure.addSuppressed(ex);
			}
		}
		try {
			mongo.shutdownNow();
		}
		catch (RuntimeException ex) {
			failure.addSuppressed(ex);
		}
	}

	@Override
	public String toString() {
		return "EmbeddedInfrastructure[kafka=" + kafkaBootstrapServers() + ", mongo=" + this.mongoUri + "]";
	}

}
