package org.sujarit.platform.devstack;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Exit;
import org.apache.kafka.common.utils.Time;

/**
 * A single-node KRaft broker in this JVM that keeps its log under the data folder and
 * listens on a fixed port, so the dev stack keeps its events across restarts. (Spring
 * Kafka's embedded broker is a test fixture: fresh storage and random ports at every
 * start.)
 */
final class EmbeddedKafka implements AutoCloseable {

	private final KafkaRaftServer server;

	private final int port;

	private EmbeddedKafka(KafkaRaftServer server, int port) {
		this.server = server;
		this.port = port;
	}

	static EmbeddedKafka start(Path directory, int port, int controllerPort) {
		try {
			Files.createDirectories(directory);
			Properties properties = new Properties();
			properties.put("process.roles", "broker,controller");
			properties.put("node.id", "1");
			properties.put("controller.quorum.voters", "1@localhost:" + controllerPort);
			properties.put("listeners", "PLAINTEXT://localhost:" + port + ",CONTROLLER://localhost:" + controllerPort);
			properties.put("advertised.listeners", "PLAINTEXT://localhost:" + port);
			properties.put("controller.listener.names", "CONTROLLER");
			properties.put("inter.broker.listener.name", "PLAINTEXT");
			properties.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
			properties.put("log.dirs", directory.toAbsolutePath().toString());
			properties.put("offsets.topic.replication.factor", "1");
			properties.put("transaction.state.log.replication.factor", "1");
			properties.put("transaction.state.log.min.isr", "1");
			properties.put("min.insync.replicas", "1");
			properties.put("num.partitions", "3");
			properties.put("group.initial.rebalance.delay.ms", "0");
			properties.put("auto.create.topics.enable", "true");
			if (!Files.exists(directory.resolve("meta.properties"))) {
				format(directory, properties);
			}
			KafkaRaftServer server = new KafkaRaftServer(new KafkaConfig(properties), Time.SYSTEM);
			server.startup();
			return new EmbeddedKafka(server, port);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void format(Path directory, Properties properties) throws IOException {
		Path config = directory.resolve("server.properties");
		try (OutputStream out = Files.newOutputStream(config)) {
			properties.store(out, "written by the Sujarit dev stack to format this folder");
		}
		ByteArrayOutputStream output = new ByteArrayOutputStream();
		// the tool ends the process when it is done: keep the JVM alive
		Exit.setExitProcedure((status, message) -> {
			if (status != 0) {
				throw new IllegalStateException("Formatting Kafka storage failed: " + message);
			}
		});
		try (PrintStream print = new PrintStream(output, true, StandardCharsets.UTF_8)) {
			StorageTool.execute(new String[] { "format", "-t", Uuid.randomUuid().toString(), "-c", config.toString() },
					print);
		}
		catch (Exception ex) {
			throw new IllegalStateException(
					"Formatting Kafka storage failed: " + output.toString(StandardCharsets.UTF_8), ex);
		}
		finally {
			Exit.resetExitProcedure();
		}
	}

	String bootstrapServers() {
		return "localhost:" + this.port;
	}

	@Override
	public void close() {
		this.server.shutdown();
		this.server.awaitShutdown();
	}

}
