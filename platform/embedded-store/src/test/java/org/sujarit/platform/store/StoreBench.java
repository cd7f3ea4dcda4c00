package org.sujarit.platform.store;

import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.bson.Document;

/**
 * {@code bench/store}: the embedded store's write rates on disk, for the plain H2 backend
 * (writes answered before they are in the file, queries by {@code _id} with further
 * conditions scan) and for {@link StoreBackend} (answered once in the file, such queries
 * use the {@code _id} index). Prints one {@code name=value} line at the end.
 */
public final class StoreBench {

	private StoreBench() {
	}

	public static void main(String[] args) throws Exception {
		int documents = Integer.getInteger("documents", 100_000);
		int single = Integer.getInteger("single", 20_000);
		int updates = Integer.getInteger("updates", 1_000);
		int plainUpdates = Integer.getInteger("plainUpdates", 100);
		int writers = Integer.getInteger("writers", 16);
		Path folder = Files.createTempDirectory("store-bench");
		StringBuilder line = new StringBuilder();

		Result plain = run("plain H2 backend", (file) -> new H2Backend(file.toString()), folder.resolve("plain.mv"),
				documents, single / 4, plainUpdates, 0);
		Result store = run("StoreBackend (" + StoreDurability.PROCESS_CRASH.value() + ")", StoreBackend::new,
				folder.resolve("store.mv"), documents, single, updates, writers);
		Result powerLoss = run("StoreBackend (" + StoreDurability.POWER_LOSS.value() + ")",
				(file) -> new StoreBackend(file, StoreDurability.POWER_LOSS), folder.resolve("power.mv"), documents,
				single / 4, updates, writers);
		line.append("plain_single_per_s=")
			.append(plain.single)
			.append(" plain_bulk_per_s=")
			.append(plain.bulk)
			.append(" plain_cond_update_per_s=")
			.append(plain.conditional)
			.append(" single_per_s=")
			.append(store.single)
			.append(" concurrent_single_per_s=")
			.append(store.concurrent)
			.append(" bulk_per_s=")
			.append(store.bulk)
			.append(" cond_update_per_s=")
			.append(store.conditional)
			.append(" file_mb=")
			.append(store.fileMb)
			.append(" fsync_single_per_s=")
			.append(powerLoss.single)
			.append(" fsync_concurrent_single_per_s=")
			.append(powerLoss.concurrent);
		System.out.println(line);
	}

	private static Result run(String name, Function<Path, MongoBackend> backend, Path file, int documents, int single,
			int updates, int writers) throws Exception {
		MongoServer server = new MongoServer(backend.apply(file));
		try {
			// as the dev stack binds it: enough threads for writes waiting on a commit
			server.bind(new InetSocketAddress("localhost", 0), 0, 32);
			String uri = server.getConnectionString();
			try (MongoClient client = MongoClients.create(uri)) {
				MongoCollection<Document> cases = client.getDatabase("bench").getCollection("cases");
				Result result = new Result();

				long started = System.nanoTime();
				List<Document> batch = new ArrayList<>();
				for (int i = 0; i < documents; i++) {
					batch.add(new Document("_id", "case-" + i).append("version", 1L)
						.append("status", "RECEIVED")
						.append("text", "x".repeat(200)));
					if (batch.size() == 1_000) {
						cases.insertMany(batch);
						batch.clear();
					}
				}
				if (!batch.isEmpty()) {
					cases.insertMany(batch);
				}
				result.bulk = rate(documents, started);

				started = System.nanoTime();
				for (int i = 0; i < single; i++) {
					cases.insertOne(
							new Document("_id", "single-" + i).append("version", 1L).append("text", "x".repeat(200)));
				}
				result.single = rate(single, started);

				if (writers > 0) {
					ExecutorService pool = Executors.newFixedThreadPool(writers);
					int each = single / writers;
					started = System.nanoTime();
					List<Future<?>> done = new ArrayList<>();
					for (int w = 0; w < writers; w++) {
						int writer = w;
						done.add(pool.submit(() -> {
							for (int i = 0; i < each; i++) {
								cases.insertOne(new Document("_id", "writer-" + writer + "-" + i).append("version", 1L)
									.append("text", "x".repeat(200)));
							}
						}));
					}
					for (Future<?> future : done) {
						future.get();
					}
					result.concurrent = rate(each * writers, started);
					pool.shutdown();
					pool.awaitTermination(1, TimeUnit.MINUTES);
				}

				// as a consumer applies status events: only if the stored version is
				// older
				Random random = new Random(42);
				long modified = 0;
				started = System.nanoTime();
				for (int i = 0; i < updates; i++) {
					String id = "case-" + random.nextInt(documents);
					modified += cases
						.updateOne(Filters.and(Filters.eq("_id", id), Filters.lt("version", 1_000_000L)),
								Updates.inc("version", 1L))
						.getModifiedCount();
				}
				result.conditional = rate(updates, started);
				if (modified != updates) {
					throw new IllegalStateException("modified " + modified + " of " + updates);
				}
				result.fileMb = Files.size(file) / (1024 * 1024);
				System.out.printf(
						"%-30s bulk %.1f/s, single %.1f/s, %d writers %.1f/s, conditional updates %.1f/s, file %d MB%n",
						name, result.bulk, result.single, writers, result.concurrent, result.conditional,
						result.fileMb);
				return result;
			}
		}
		finally {
			server.shutdown();
		}
	}

	private static double rate(long count, long startedNanos) {
		return Math.round(count * 10_000_000_000.0 / Math.max(1, System.nanoTime() - startedNanos)) / 10.0;
	}

	private static final class Result {

		double bulk;

		double single;

		double concurrent;

		double conditional;

		long fileMb;

	}

}
