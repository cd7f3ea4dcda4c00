package org.sujarit.platform.store;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.bson.BsonRegularExpression;
import de.bwaldvogel.mongo.bson.Document;
import org.h2.mvstore.MVMap;

/**
 * The H2 backend's collection, finding the documents of a query that names one
 * {@code _id} (or a few, with {@code $in}) through the {@code _id} index even when the
 * query has further conditions.
 * <p>
 * mongo-java-server uses an index only for a query on exactly the index's keys, so
 * {@code {_id: X, version: {$lt: 5}}} scanned the whole collection, for every find,
 * update, delete and findAndModify (they share this query path). Here the {@code _id}
 * index yields the one candidate and the whole query is then matched on it, as the scan
 * would have matched it: the answer is the same, only the candidates differ.
 */
final class StoreCollection extends H2Collection {

	StoreCollection(MongoDatabase database, String collectionName, CollectionOptions options,
			MVMap<Object, Document> dataMap, MVMap<String, Object> metaMap, CursorRegistry cursorRegistry) {
		super(database, collectionName, options, dataMap, metaMap, cursorRegistry);
	}

	@Override
	protected QueryResult queryDocuments(Document query, Document orderBy, int numberToSkip, int limit, int batchSize,
			Document fieldSelector) {
		String idField = getIdField();
		// a query on the _id alone is the base's own index case
		if (idField != null && query != null && !(query.size() == 1 && query.containsKey(idField))) {
			Object id = idCondition(query, idField);
			Index<Object> index = (id != null) ? idIndex(idField) : null;
			if (index != null) {
				Iterable<Object> candidates = index.getPositions(new Document(idField, id));
				return matchDocuments(query, candidates, orderBy, numberToSkip, limit, batchSize, fieldSelector);
			}
		}
		return super.queryDocuments(query, orderBy, numberToSkip, limit, batchSize, fieldSelector);
	}

	// the _id condition every match must meet, at the top or in an $and (the Java driver
	// writes Filters.and(...) so), if it is one the index answers
	private static Object idCondition(Document query, String idField) {
		Object id = query.get(idField);
		if (isEquality(id) || isPlainIn(id)) {
			return id;
		}
		if (query.get("$and") instanceof List<?> conditions) {
			for (Object condition : conditions) {
				if (condition instanceof Document document) {
					Object found = idCondition(document, idField);
					if (found != null) {
						return found;
					}
				}
			}
		}
		return null;
	}

	private Index<Object> idIndex(String idField) {
		for (Index<Object> index : getIndexes()) {
			List<IndexKey> keys = index.getKeys();
			if (index.isUnique() && keys.size() == 1 && keys.get(0).getKey().equals(idField)) {
				return index;
			}
		}
		return null;
	}

	// a value the index finds by equality: not an operator document, an embedded
	// document (left to the scan), a pattern, null or an array
	private static boolean isEquality(Object value) {
		return value != null && !(value instanceof Map) && !(value instanceof Collection) && !(value instanceof Pattern)
				&& !BsonRegularExpression.isRegularExpression(value);
	}

	private static boolean isPlainIn(Object value) {
		if (!(value instanceof Document document) || document.size() != 1
				|| !(document.get("$in") instanceof Collection<?> values)) {
			return false;
		}
		for (Object candidate : values) {
			if (!isEquality(candidate)) {
				return false;
			}
		}
		return true;
	}

}
