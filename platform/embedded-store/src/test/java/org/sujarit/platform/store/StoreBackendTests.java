package org.sujarit.platform.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The store must find by its unique indexes exactly what the plain H2 backend finds, and
 * share its file: a data folder written before this backend existed keeps working, and
 * one written by it still opens with the plain backend.
 */
class StoreBackendTests {

	@TempDir
	Path folder;

	@Test
	void conditionalUpdatesAndDuplicatesBehaveAsWithThePlainBackend() {
		Path file = this.folder.resolve("sujarit.mv");
		with(StoreBackend::new, file, (cases) -> {
			seed(cases, 2_000);
			// {_id, version} is served by the declared unique index, as case-tracking
			// does
			assertThat(cases
				.updateOne(new Document("_id", "case-0042").append("version", 1L),
						new Document("$inc", new Document("version", 1L)))
				.getModifiedCount()).isEqualTo(1);
			// the same condition again is stale now
			assertThat(cases
				.updateOne(new Document("_id", "case-0042").append("version", 1L),
						new Document("$inc", new Document("version", 1L)))
				.getModifiedCount()).isZero();
			assertThatExceptionOfType(MongoWriteException.class)
				.isThrownBy(() -> cases.insertOne(new Document("_id", "case-0007").append("version", 1L)));
			assertThat(cases.find(new Document("_id", new Document("$in", List.of("case-1999", "case-0000", "nope"))))
				.map((found) -> found.getString("_id"))
				.into(new ArrayList<>())).containsExactlyInAnyOrder("case-0000", "case-1999");
			return null;
		});
	}

	@Test
	void aStoreWrittenByThePlainBackendOpensHereAndTheOtherWayRound() {
		Path file = this.folder.resolve("sujarit.mv");
		with((path) -> new H2Backend(path.toString()), file, (cases) -> {
			seed(cases, 3_000);
			return null;
		});
		with(StoreBackend::new, file, (cases) -> {
			assertFindsEveryCase(cases, 3_000, 1L);
			for (int i = 0; i < 3_000; i += 3) {
				assertThat(cases
					.updateOne(new Document("_id", id(i)).append("version", 1L),
							new Document("$set", new Document("version", 2L)))
					.getModifiedCount()).as(id(i)).isEqualTo(1);
			}
			cases.insertOne(new Document("_id", "case-new").append("version", 1L));
			return null;
		});
		with((path) -> new H2Backend(path.toString()), file, (cases) -> {
			for (int i = 0; i < 3_000; i++) {
				long version = (i % 3 == 0) ? 2L : 1L;
				assertThat(cases.find(new Document("_id", id(i)).append("version", version)).first()).as(id(i))
					.isNotNull();
			}
			assertThat(cases.find(new Document("_id", "case-new").append("version", 1L)).first()).isNotNull();
			assertThatExceptionOfType(MongoWriteException.class)
				.isThrownBy(() -> cases.insertOne(new Document("_id", "case-new")));
			return null;
		});
	}

	private static void seed(MongoCollection<Document> cases, int count) {
		cases.createIndex(Indexes.ascending("_id", "version"), new IndexOptions().unique(true));
		List<Document> batch = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			batch.add(new Document("_id", id(i)).append("version", 1L).append("status", "RECEIVED"));
		}
		cases.insertMany(batch);
	}

	private static void assertFindsEveryCase(MongoCollection<Document> cases, int count, long version) {
		for (int i = 0; i < count; i++) {
			assertThat(cases.find(new Document("_id", id(i)).append("version", version)).first()).as(id(i)).isNotNull();
			assertThat(cases.find(new Document("_id", id(i))).first()).as(id(i)).isNotNull();
		}
	}

	private static String id(int i) {
		return String.format("case-%04d", i);
	}

	private static void with(Function<Path, MongoBackend> backend, Path file,
			Function<MongoCollection<Document>, Void> work) {
		MongoServer server = new MongoServer(backend.apply(file));
		try {
			var address = server.bind();
			try (MongoClient client = MongoClients
				.create("mongodb://" + address.getHostString() + ":" + address.getPort())) {
				work.apply(client.getDatabase("sujarit-cases").getCollection("cases"));
			}
		}
		finally {
			server.shutdown();
		}
	}

}
