package org.sujarit.platform.store;

import java.nio.file.Path;

import de.bwaldvogel.mongo.MongoServer;

/**
 * A store served in a JVM of its own, for {@link StoreCrashTests} to kill: opens the file
 * given as the first argument with the durability given as the second, and prints the
 * port it listens on.
 */
public final class StoreChild {

	private StoreChild() {
	}

	public static void main(String[] args) throws InterruptedException {
		MongoServer server = new MongoServer(
				new StoreBackend(Path.of(args[0]), StoreDurability.parse(args.length > 1 ? args[1] : null)));
		System.out.println("port=" + server.bind().getPort());
		System.out.flush();
		// runs until killed
		Thread.currentThread().join();
	}

}
