package org.sujarit.platform.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;

import de.bwaldvogel.mongo.MongoServer;
import org.sujarit.platform.store.StoreBackend;
import org.sujarit.platform.store.StoreDurability;

/**
 * The MongoDB-wire-compatible store of the dev stack, keeping its data in one H2 MVStore
 * file under the data folder ({@link StoreBackend}: mongo-java-server's H2 backend with
 * faster unique indexes, answering a write once it is in the file).
 */
final class EmbeddedMongo implements AutoCloseable {

	// a write holds its server thread until its commit is in the file: enough threads let
	// many clients' writes share one commit (mongo-java-server's default is two per core)
	private static final int SERVER_THREADS = 32;

	private final MongoServer server;

	private final int port;

	private EmbeddedMongo(MongoServer server, int port) {
		this.server = server;
		this.port = port;
	}

	static EmbeddedMongo start(Path directory, int port, StoreDurability durability) {
		try {
			Files.createDirectories(directory);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		MongoServer server = new MongoServer(new StoreBackend(directory.resolve("sujarit.mv"), durability));
		server.bind(new InetSocketAddress("localhost", port), 0, SERVER_THREADS);
		return new EmbeddedMongo(server, port);
	}

	String uri() {
		return "mongodb://localhost:" + this.port;
	}

	@Override
	public void close() {
		this.server.shutdown();
	}

}
