package org.sujarit.platform.store;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.MongoVersion;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

/**
 * The embedded default's on-disk store: mongo-java-server's H2 backend, one MVStore file,
 * that keeps what it acknowledged, finds documents by {@code _id} through the index, and
 * has faster unique indexes.
 * <p>
 * Durability: the MVStore is opened without H2's one-second background commit, and a
 * write command is answered only after a commit holding it has reached the file (see
 * {@link GroupCommit}; {@link StoreDurability} says what that survives). Reads are
 * answered as before, without waiting.
 * <p>
 * Index use: see {@link StoreCollection}.
 * <p>
 * Index speed: the H2 backend keeps each unique index ({@code _id} and every declared
 * one) in an MVStore map keyed by mongo-java-server's {@code KeyValue}, which is not
 * {@link Comparable}: H2 orders such keys by their Java-serialized bytes and serializes
 * both keys again on every comparison, some forty times for one conditional update in a
 * collection of a million documents. That made index work most of the cost of a write.
 * Here the index maps use {@link IndexKeyType}, which compares the very same bytes but
 * serializes each key once. The order and the file format are unchanged, so a store
 * written by the plain backend opens here and the other way round.
 */
public class StoreBackend extends H2Backend {

	/**
	 * The version the store reports: MongoDB 5.0 with its wire version 13, which current
	 * drivers, mongosh and Compass accept (mongo-java-server's own "5.0" reports wire
	 * version 8, which pymongo 4.18 refuses).
	 */
	public static final MongoVersion SERVER_VERSION = new MongoVersion() {

		@Override
		public List<Integer> getVersionArray() {
			return List.of(5, 0, 0);
		}

		@Override
		public int getWireVersion() {
			return 13;
		}

	};

	// the H2 backend's map names, kept so existing files open
	private static final String DATA_PREFIX = "databases.";

	private static final String META_PREFIX = "meta.";

	// several times the committer's once-a-second fsync
	private static final int RETENTION_MILLIS = 5_000;

	// commands that never change the store: answered without waiting for a commit
	private static final Set<String> READS = Set.of("find", "getmore", "count", "distinct", "listcollections",
			"listindexes", "listdatabases", "ismaster", "hello", "buildinfo", "ping", "serverstatus", "whatsmyuri",
			"getlog", "hostinfo", "getcmdlineopts", "getfreemonitoringstatus", "connectionstatus", "dbstats",
			"collstats", "validate", "killcursors", "endsessions", "getlasterror", "reseterror", "explain",
			"getparameter");

	private final GroupCommit groupCommit;

	/**
	 * Opens (or creates) the store in {@code file}, answering writes once they survive a
	 * crash of the process.
	 * @param file the MVStore file, e.g. {@code data/mongo/sujarit.mv}
	 */
	public StoreBackend(Path file) {
		this(file, StoreDurability.PROCESS_CRASH);
	}

	/**
	 * Opens (or creates) the store in {@code file}.
	 * @param file the MVStore file, e.g. {@code data/mongo/sujarit.mv}
	 * @param durability what an answered write survives
	 */
	public StoreBackend(Path file, StoreDurability durability) {
		this(open(file), durability);
	}

	private StoreBackend(MVStore store, StoreDurability durability) {
		super(store);
		this.groupCommit = new GroupCommit(store, durability);
		version(SERVER_VERSION);
	}

	private static MVStore open(Path file) {
		MVStore store = new MVStore.Builder().fileName(file.toString()).autoCommitDisabled().open();
		// H2 keeps a chunk it no longer needs this long before writing over it, so that
		// the newer chunks are on the disk by then and a power cut cannot leave the file
		// pointing at overwritten space. Its default, 45 s, made the file hold 45 s of
		// commits: hundreds of MB with a commit per write. The committer forces the file
		// to the disk at least once a second, so a few seconds are enough; a read in
		// progress keeps what it needs through its registered version.
		store.setRetentionTime(RETENTION_MILLIS);
		return store;
	}

	@Override
	public Document handleCommand(Channel channel, String databaseName, String command, Document query) {
		if (isRead(command, query)) {
			// the chunks the read may still need are kept while it runs, whatever the
			// retention time (as H2's own tables do for their reads)
			MVStore.TxCounter usage = getMvStore().registerVersionUsage();
			try {
				return super.handleCommand(channel, databaseName, command, query);
			}
			finally {
				getMvStore().deregisterVersionUsage(usage);
			}
		}
		return this.groupCommit.write(() -> super.handleCommand(channel, databaseName, command, query));
	}

	private static boolean isRead(String command, Document query) {
		String name = command.toLowerCase(Locale.ROOT);
		if (name.equals("aggregate")) {
			// $out and $merge write
			return !(query.get("pipeline") instanceof List<?> stages) || stages.stream()
				.noneMatch((stage) -> stage instanceof Document document
						&& (document.containsKey("$out") || document.containsKey("$merge")));
		}
		return READS.contains(name);
	}

	@Override
	public void close() {
		// the last writes are committed before the file is closed
		this.groupCommit.close();
		super.close();
	}

	@Override
	protected MongoDatabase openOrCreateDatabase(String databaseName) {
		return new Database(databaseName);
	}

	/**
	 * A database whose unique indexes use {@link IndexKeyType}. An inner class because
	 * the H2 database opens its indexes from its own constructor, before a field of a
	 * subclass could hold the store.
	 */
	final class Database extends H2Database {

		Database(String databaseName) {
			super(databaseName, getMvStore(), getCursorRegistry());
		}

		@Override
		protected Index<Object> openOrCreateUniqueIndex(String collectionName, String indexName, List<IndexKey> keys,
				boolean sparse) {
			// the same map name as the plain backend, so existing indexes are found
			String mapName = getFullCollectionNamespace(collectionName) + "._index_" + indexName;
			MVMap<KeyValue, Object> map = getMvStore().openMap(mapName,
					new MVMap.Builder<KeyValue, Object>().keyType(new IndexKeyType()));
			return new StoreUniqueIndex(map, indexName, keys, sparse);
		}

		@Override
		protected MongoCollection<Object> openOrCreateCollection(String collectionName, CollectionOptions options) {
			String fullName = getFullCollectionNamespace(collectionName);
			MVMap<Object, Document> dataMap = getMvStore().openMap(DATA_PREFIX + fullName);
			MVMap<String, Object> metaMap = getMvStore().openMap(META_PREFIX + fullName);
			return new StoreCollection(this, collectionName, options, dataMap, metaMap, getCursorRegistry());
		}

	}

}
