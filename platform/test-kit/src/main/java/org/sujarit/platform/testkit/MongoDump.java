package org.sujarit.platform.testkit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import org.bson.Document;

/**
 * Dumps what a MongoDB-wire store holds, as JSON text, so a test can search it for an
 * identity canary.
 * <p>
 * The store is shared by every test class of a run, so a dump also shows other tests'
 * data: give each test class its own database and dump that one, or exclude the others.
 * Text inside binary fields appears base64-encoded in the JSON and is not found by a
 * plain text search.
 */
public final class MongoDump {

	/**
	 * MongoDB's own databases. {@code local} holds the oplog, which keeps a copy of every
	 * write (including deleted documents), so leave it in when checking that deleted data
	 * is really gone from the store and exclude it otherwise.
	 */
	public static final Set<String> SYSTEM_DATABASES = Set.of("admin", "config", "local");

	private MongoDump() {
	}

	/**
	 * Lists the databases of the store.
	 * @param mongoUri the connection string
	 * @return the database names, sorted
	 */
	public static List<String> listDatabaseNames(String mongoUri) {
		try (MongoClient client = MongoClients.create(mongoUri)) {
			return databaseNames(client);
		}
	}

	/**
	 * Dumps every document of every collection of every database.
	 * @param mongoUri the connection string
	 * @return each document as {@link Document#toJson()}, with unicode escapes undone
	 */
	public static List<String> dumpAll(String mongoUri) {
		return dumpAll(mongoUri, Set.of());
	}

	/**
	 * Dumps every document of every collection of the databases not excluded.
	 * @param mongoUri the connection string
	 * @param excludedDatabases names of databases to leave out, such as
	 * {@link #SYSTEM_DATABASES}
	 * @return each document as {@link Document#toJson()}, with unicode escapes undone
	 */
	public static List<String> dumpAll(String mongoUri, Collection<String> excludedDatabases) {
		return dumpByCollection(mongoUri, excludedDatabases).values().stream().flatMap(List::stream).toList();
	}

	/**
	 * Dumps every document of one database.
	 * @param mongoUri the connection string
	 * @param database the database name
	 * @return each document as {@link Document#toJson()}, with unicode escapes undone
	 */
	public static List<String> dumpDatabase(String mongoUri, String database) {
		try (MongoClient client = MongoClients.create(mongoUri)) {
			return dumpDatabase(client.getDatabase(database)).values().stream().flatMap(List::stream).toList();
		}
	}

	/**
	 * Dumps every document of the databases not excluded, grouped by namespace, so that a
	 * failing leak check can say where the canary was found.
	 * @param mongoUri the connection string
	 * @param excludedDatabases names of databases to leave out
	 * @return for each {@code database.collection}, its documents as
	 * {@link Document#toJson()}, in sorted namespace order
	 */
	public static Map<String, List<String>> dumpByCollection(String mongoUri, Collection<String> excludedDatabases) {
		Map<String, List<String>> dump = new LinkedHashMap<>();
		try (MongoClient client = MongoClients.create(mongoUri)) {
			for (String name : databaseNames(client)) {
				if (!excludedDatabases.contains(name)) {
					dump.putAll(dumpDatabase(client.getDatabase(name)));
				}
			}
		}
		return dump;
	}

	/**
	 * The JSON writer escapes some characters as {@code \\uXXXX}, Thai vowel and tone
	 * marks among them, so a name stored in clear would not be found by a plain search.
	 */
	static String unescape(String json) {
		java.util.regex.Matcher escape = UNICODE_ESCAPE.matcher(json);
		StringBuilder plain = new StringBuilder(json.length());
		while (escape.find()) {
			escape.appendReplacement(plain, java.util.regex.Matcher
				.quoteReplacement(String.valueOf((char) Integer.parseInt(escape.group(1), 16))));
		}
		escape.appendTail(plain);
		return plain.toString();
	}

	private static final java.util.regex.Pattern UNICODE_ESCAPE = java.util.regex.Pattern
		.compile("\\\\u([0-9a-fA-F]{4})");

	private static List<String> databaseNames(MongoClient client) {
		return client.listDatabaseNames().into(new ArrayList<>()).stream().sorted().toList();
	}

	private static Map<String, List<String>> dumpDatabase(MongoDatabase database) {
		Map<String, List<String>> dump = new LinkedHashMap<>();
		List<String> collections = database.listCollectionNames().into(new ArrayList<>()).stream().sorted().toList();
		for (String name : collections) {
			MongoCollection<Document> collection = database.getCollection(name);
			List<String> documents = new ArrayList<>();
			for (Document document : collection.find()) {
				documents.add(unescape(document.toJson()));
			}
			dump.put(database.getName() + "." + name, documents);
		}
		return dump;
	}

}
