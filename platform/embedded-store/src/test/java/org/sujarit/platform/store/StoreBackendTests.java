package org.sujarit.platform.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
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
	void reportsMongoDb50WithItsWireVersionWhichCurrentClientsAccept() {
		MongoServer server = new MongoServer(new StoreBackend(this.folder.resolve("sujarit.mv")));
		try {
			var address = server.bind();
			try (MongoClient client = MongoClients
				.create("mongodb://" + address.getHostString() + ":" + address.getPort())) {
				Document hello = client.getDatabase("admin").runCommand(new Document("isMaster", 1));
				// pymongo 4.18 refuses below 9
				assertThat(hello.getInteger("maxWireVersion")).isEqualTo(13);
				assertThat(client.getDatabase("admin").runCommand(new Document("buildInfo", 1)).getString("version"))
					.isEqualTo("5.0.0");
			}
		}
		finally {
			server.shutdown();
		}
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

	@Test
	void queriesByIdWithFurtherConditionsFindWhatAScanFinds() {
		Function<MongoCollection<Document>, Void> scenario = (cases) -> {
			seed(cases, 500);
			return null;
		};
		List<Object> scanned = new ArrayList<>();
		List<Object> indexed = new ArrayList<>();
		with((path) -> new H2Backend(path.toString()), this.folder.resolve("plain.mv"), (cases) -> {
			scenario.apply(cases);
			scanned.addAll(queriesById(cases));
			return null;
		});
		with(StoreBackend::new, this.folder.resolve("store.mv"), (cases) -> {
			scenario.apply(cases);
			indexed.addAll(queriesById(cases));
			return null;
		});
		assertThat(indexed).isEqualTo(scanned);
		// the scenario did change and find something
		assertThat(indexed.get(0)).isEqualTo(1L);
		assertThat(indexed.get(20)).isEqualTo(0L);
		assertThat(indexed.get(21)).isInstanceOf(Document.class).hasFieldOrPropertyWithValue("_id", "case-0003");
	}

	// finds, updates, deletes and findAndModify by _id and more; what each returned, then
	// the whole collection
	private static List<Object> queriesById(MongoCollection<Document> cases) {
		List<Object> results = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			results.add(cases
				.updateOne(Filters.and(Filters.eq("_id", id(i)), Filters.lt("version", 2L)), Updates.inc("version", 1L))
				.getModifiedCount());
		}
		// stale now
		results.add(cases
			.updateOne(Filters.and(Filters.eq("_id", id(3)), Filters.lt("version", 2L)), Updates.inc("version", 1L))
			.getModifiedCount());
		results.add(cases.find(new Document("_id", id(3)).append("status", "RECEIVED")).first());
		results.add(cases.find(new Document("_id", id(3)).append("status", "CLOSED")).first());
		results.add(cases.find(new Document("_id", "nope").append("status", "RECEIVED")).first());
		results.add(cases.find(Filters.and(Filters.in("_id", id(1), id(2), id(40), "nope"), Filters.eq("version", 1L)))
			.into(new ArrayList<>()));
		results.add(cases.find(Filters.and(Filters.in("_id", id(44), id(41), id(42)), Filters.eq("status", "RECEIVED")))
			.sort(new Document("_id", -1))
			.into(new ArrayList<>()));
		results.add(cases.countDocuments(Filters.and(Filters.eq("_id", id(7)), Filters.gte("version", 2L))));
		results.add(cases.findOneAndUpdate(Filters.and(Filters.eq("_id", id(4)), Filters.eq("status", "RECEIVED")),
				Updates.set("status", "ASSIGNED"), new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER)));
		results.add(cases.findOneAndDelete(Filters.and(Filters.eq("_id", id(5)), Filters.eq("status", "CLOSED"))));
		results
			.add(cases.deleteOne(Filters.and(Filters.eq("_id", id(6)), Filters.eq("version", 2L))).getDeletedCount());
		results.add(
				cases
					.updateMany(Filters.and(Filters.in("_id", id(8), id(9), id(300)), Filters.lt("version", 3L)),
							Updates.set("status", "CLOSED"))
					.getModifiedCount());
		// an upsert whose _id condition does not match inserts, as with the scan
		results.add(
				cases
					.updateOne(Filters.and(Filters.eq("_id", "case-new"), Filters.eq("version", 1L)),
							Updates.set("status", "RECEIVED"), new UpdateOptions().upsert(true))
					.getUpsertedId());
		// a number given as another type finds the same _id
		cases.insertOne(new Document("_id", 7L).append("version", 1L));
		results.add(cases.find(new Document("_id", 7).append("version", new Document("$lt", 2))).first());
		results.add(cases.find(new Document("_id", 7.0).append("version", 1)).first());
		results.add(cases.find().into(new ArrayList<>()));
		return results;
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
