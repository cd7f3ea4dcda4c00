package org.sujarit.platform.runtime.store;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

import com.mongodb.MongoBulkWriteException;
import com.mongodb.bulk.BulkWriteError;

import org.springframework.data.mongodb.BulkOperationException;
import org.springframework.data.mongodb.core.BulkOperations;

/**
 * Runs unordered bulk writes whose duplicate-key refusals are expected: a conditional
 * upsert that meets a newer document, or an insert of what a redelivery already inserted.
 * Such a refusal means "already there"; every other write error fails the batch.
 */
public final class BulkWrites {

	/** MongoDB's duplicate key error code. */
	private static final int DUPLICATE_KEY = 11000;

	private BulkWrites() {
	}

	/**
	 * Executes an unordered bulk write.
	 * @param bulk the write, built with {@link BulkOperations.BulkMode#UNORDERED}
	 * @return the indexes of the operations refused as duplicates (empty when none)
	 */
	public static Set<Integer> executeIgnoringDuplicates(BulkOperations bulk) {
		try {
			bulk.execute();
			return Set.of();
		}
		catch (BulkOperationException ex) {
			return duplicatesOnly(ex.getErrors());
		}
		catch (org.springframework.dao.DuplicateKeyException ex) {
			if (ex.getCause() instanceof MongoBulkWriteException bulkError) {
				return duplicatesOnly(bulkError.getWriteErrors());
			}
			throw ex;
		}
	}

	/**
	 * Executes writes in order as an ordered bulk write, so the writes of one document
	 * apply in the order given. A write refused as a duplicate is skipped and the ones
	 * after it are sent again (an ordered bulk write stops at its first error); that
	 * costs one more command per refusal, and refusals are rare (redeliveries).
	 * @param <T> what a write is built from
	 * @param newBulk makes an empty ordered bulk write
	 * @param items what to write, in order
	 * @param add adds the write of one item to a bulk write
	 * @return the indexes of the items refused as duplicates (empty when none)
	 */
	public static <T> Set<Integer> executeInOrderSkippingDuplicates(Supplier<BulkOperations> newBulk, List<T> items,
			BiConsumer<BulkOperations, T> add) {
		Set<Integer> refused = new TreeSet<>();
		int start = 0;
		while (start < items.size()) {
			BulkOperations bulk = newBulk.get();
			for (T item : items.subList(start, items.size())) {
				add.accept(bulk, item);
			}
			Set<Integer> duplicates = executeIgnoringDuplicates(bulk);
			if (duplicates.isEmpty()) {
				break;
			}
			int failed = start + duplicates.iterator().next();
			refused.add(failed);
			start = failed + 1;
		}
		return refused;
	}

	private static Set<Integer> duplicatesOnly(List<BulkWriteError> errors) {
		Set<Integer> duplicates = new TreeSet<>();
		for (BulkWriteError error : errors) {
			if (error.getCode() != DUPLICATE_KEY) {
				throw new IllegalStateException("Bulk write refused (code " + error.getCode() + ")");
			}
			duplicates.add(error.getIndex());
		}
		return duplicates;
	}

}
