package org.sujarit.platform.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import de.bwaldvogel.mongo.MongoServer;
import org.sujarit.platform.store.StoreBackend;

/**
 * The MongoDB-wire-compatible store of the dev stack, keeping its data in one H2 MVStore
 * file under the data folder ({@link StoreBackend}: mongo-java-server's H2 backend with
 * faster unique indexes).
 */
final class EmbeddedMongo implements AutoCloseable {

	private final MongoServer server;

	private final int port;

	private EmbeddedMongo(MongoServer server, int port) {
		this.server = server;
		this.port = port;
	}

	static EmbeddedMongo start(Path directory, int port) {
		try {
			Files.createDirectories(directory);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		MongoServer server = new MongoServer(new StoreBackend(directory.resolve("sujarit.mv")));
		server.bind("localhost", port);
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
