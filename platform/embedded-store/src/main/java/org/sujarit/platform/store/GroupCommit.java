package org.sujarit.platform.store;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;

import de.bwaldvogel.mongo.exception.MongoServerException;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes writes durable before they are answered, sharing one MVStore commit among all
 * writes waiting for it.
 * <p>
 * A write command runs under the shared side of a read-write lock and then waits; one
 * committer thread takes the exclusive side, commits everything applied so far and wakes
 * the writes it covered. So a commit never holds half a command (a document without its
 * index entry, half a bulk write), and a crash leaves the store as it was after some
 * whole set of commands. The store must be opened with auto-commit disabled: H2's own
 * background commit would not take the lock. Once a second the committer also does the
 * housekeeping H2's background thread would have done (rewriting sparse chunks so the
 * file does not grow with many small commits) and forces the file to the disk.
 */
final class GroupCommit implements AutoCloseable {

	private static final Logger logger = LoggerFactory.getLogger(GroupCommit.class);

	// below this share of live data in the file's chunks, the committer rewrites some
	private static final int TARGET_FILL_RATE = 50;

	// at most this much rewritten per housekeeping round, so writers wait briefly
	private static final int COMPACT_WRITE_BYTES = 2 * 1024 * 1024;

	private static final long HOUSEKEEPING_NANOS = TimeUnit.SECONDS.toNanos(1);

	private final MVStore store;

	private final StoreDurability durability;

	private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();

	private final Object monitor = new Object();

	private final Thread committer;

	// guarded by monitor: writes applied, writes covered by a finished commit
	private long applied;

	private long durable;

	private boolean closed;

	private RuntimeException failure;

	private long failedUpTo;

	GroupCommit(MVStore store, StoreDurability durability) {
		this.store = store;
		this.durability = durability;
		this.committer = new Thread(this::run, "store-group-commit");
		this.committer.setDaemon(true);
		this.committer.start();
	}

	/**
	 * Applies a write and returns once a commit holding it has reached the file (and the
	 * disk, for {@link StoreDurability#POWER_LOSS}). A write that fails half-way (an
	 * ordered bulk insert stopped by a duplicate key) may have changed the store too, so
	 * its failure is answered after the commit as well.
	 * @param write the command
	 * @param <T> its answer
	 * @return its answer
	 */
	<T> T write(Supplier<T> write) {
		T answer = null;
		RuntimeException thrown = null;
		long ticket;
		this.lock.readLock().lock();
		try {
			answer = write.get();
		}
		catch (RuntimeException ex) {
			thrown = ex;
		}
		finally {
			// taken before the lock is released: the next commit holds this write
			synchronized (this.monitor) {
				ticket = ++this.applied;
				this.monitor.notifyAll();
			}
			this.lock.readLock().unlock();
		}
		awaitDurable(ticket);
		if (thrown != null) {
			throw thrown;
		}
		return answer;
	}

	private void awaitDurable(long ticket) {
		boolean interrupted = false;
		synchronized (this.monitor) {
			while (this.durable < ticket) {
				if (this.failure != null && this.failedUpTo >= ticket) {
					throw new MongoServerException("the store could not write to its file", this.failure);
				}
				if (this.closed && !this.committer.isAlive()) {
					throw new MongoServerException("the store is closed");
				}
				try {
					this.monitor.wait(100);
				}
				catch (InterruptedException ex) {
					interrupted = true;
				}
			}
		}
		if (interrupted) {
			Thread.currentThread().interrupt();
		}
	}

	private void run() {
		long lastHousekeeping = System.nanoTime();
		while (true) {
			synchronized (this.monitor) {
				while (this.applied == this.durable && !this.closed
						&& System.nanoTime() - lastHousekeeping < HOUSEKEEPING_NANOS) {
					try {
						this.monitor.wait(TimeUnit.NANOSECONDS.toMillis(HOUSEKEEPING_NANOS));
					}
					catch (InterruptedException ex) {
						Thread.currentThread().interrupt();
						return;
					}
				}
				if (this.closed && this.applied == this.durable) {
					return;
				}
			}
			boolean housekeeping = System.nanoTime() - lastHousekeeping >= HOUSEKEEPING_NANOS;
			commit(housekeeping);
			if (housekeeping) {
				lastHousekeeping = System.nanoTime();
			}
		}
	}

	private void commit(boolean housekeeping) {
		long target;
		this.lock.writeLock().lock();
		try {
			// every write with a ticket up to here has finished applying: we hold the
			// lock
			synchronized (this.monitor) {
				target = this.applied;
			}
			try {
				this.store.commit();
				// the share of live pages in the chunks: a chunk with one live page left
				// cannot be reused until that page is rewritten elsewhere
				if (housekeeping && this.store.getFileStore().getChunksFillRate() < TARGET_FILL_RATE) {
					this.store.compact(TARGET_FILL_RATE, COMPACT_WRITE_BYTES);
				}
				// once a second anyway: a power cut then loses at most about a second of
				// answered writes and the file stays whole (see StoreBackend's retention)
				if (housekeeping || this.durability == StoreDurability.POWER_LOSS) {
					this.store.sync();
				}
			}
			catch (RuntimeException ex) {
				logger.error("Could not commit the store to its file", ex);
				synchronized (this.monitor) {
					this.failure = ex;
					this.failedUpTo = target;
					this.monitor.notifyAll();
				}
				return;
			}
		}
		finally {
			this.lock.writeLock().unlock();
		}
		synchronized (this.monitor) {
			this.durable = Math.max(this.durable, target);
			this.monitor.notifyAll();
		}
	}

	/** Commits what is waiting and stops the committer. */
	@Override
	public void close() {
		synchronized (this.monitor) {
			this.closed = true;
			this.monitor.notifyAll();
		}
		try {
			this.committer.join(TimeUnit.SECONDS.toMillis(30));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
