package org.sujarit.platform.store;

import java.util.IdentityHashMap;
import java.util.Map;

import de.bwaldvogel.mongo.backend.KeyValue;
import org.h2.mvstore.type.ObjectDataType;

/**
 * H2's own data type for index keys, with one change: two {@code KeyValue} keys are
 * compared by their serialized bytes as before, but each key object is serialized once
 * and its bytes kept while it is in use, instead of twice per comparison.
 * <p>
 * The bytes are remembered per key object (by identity, never by equality: two equal keys
 * may hold numbers of different Java types and so serialize differently), in a small map
 * per index that is emptied when full. Keys are immutable, so remembered bytes never go
 * stale. Writing and reading keys is inherited unchanged, so the file format is H2's.
 */
final class IndexKeyType extends ObjectDataType {

	// a lookup touches a few dozen keys; the upper levels of the tree are reused
	private static final int REMEMBERED_KEYS = 4_096;

	private final Map<Object, byte[]> serialized = new IdentityHashMap<>();

	@Override
	public int compare(Object a, Object b) {
		if (a instanceof KeyValue && b instanceof KeyValue) {
			if (a == b) {
				return 0;
			}
			// what H2 does for any non-Comparable pair, without serializing again
			return compareNotNull(bytes(a), bytes(b));
		}
		return super.compare(a, b);
	}

	private byte[] bytes(Object key) {
		synchronized (this.serialized) {
			byte[] bytes = this.serialized.get(key);
			if (bytes == null) {
				if (this.serialized.size() >= REMEMBERED_KEYS) {
					this.serialized.clear();
				}
				bytes = serialize(key);
				this.serialized.put(key, bytes);
			}
			return bytes;
		}
	}

}
