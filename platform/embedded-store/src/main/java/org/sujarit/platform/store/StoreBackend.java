package org.sujarit.platform.store;

import java.nio.file.Path;
import java.util.List;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

/**
 * The embedded default's on-disk store: mongo-java-server's H2 backend, one MVStore file,
 * with faster unique indexes.
 * <p>
 * The H2 backend keeps each unique index ({@code _id} and every declared one) in an
 * MVStore map keyed by mongo-java-server's {@code KeyValue}, which is not
 * {@link Comparable}: H2 orders such keys by their Java-serialized bytes and serializes
 * both keys again on every comparison, some forty times for one conditional update in a
 * collection of a million documents. That made index work most of the cost of a write.
 * Here the index maps use {@link IndexKeyType}, which compares the very same bytes but
 * serializes each key once. The order and the file format are unchanged, so a store
 * written by the plain backend opens here and the other way round.
 */
public class StoreBackend extends H2Backend {

	/**
	 * Opens (or creates) the store in {@code file}.
	 * @param file the MVStore file, e.g. {@code data/mongo/sujarit.mv}
	 */
	public StoreBackend(Path file) {
		this(new MVStore.Builder().fileName(file.toString()).open());
	}

	public StoreBackend(MVStore store) {
		super(store);
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

	}

}
