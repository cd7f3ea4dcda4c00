package org.sujarit.anonymizer.disclosure;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;

import org.bson.Document;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * The append-only audit trail of disclosures: every request, decision and read (and every
 * refused read) is one inserted document in {@code disclosure_audit}. Nothing here
 * updates or deletes, and no endpoint does either.
 * <p>
 * Each request's entries form a hash chain: entry n stores the hash of entry n-1 and its
 * own hash over its fields and that previous hash, with {@code _id} =
 * {@code requestId:n}. Changing or removing an entry breaks the chain at that point,
 * which {@link #verify(List)} finds; two writers racing for the same position collide on
 * {@code _id} and the loser appends after the winner.
 */
@Component
public class AuditTrail {

	/** The audit collection. */
	public static final String COLLECTION = "disclosure_audit";

	static final String GENESIS = "0".repeat(64);

	private static final int ATTEMPTS = 5;

	private final MongoTemplate mongo;

	private final Clock clock;

	public AuditTrail(MongoTemplate mongo, Clock clock) {
		this.mongo = mongo;
		this.clock = clock;
		// real MongoDB uses it; the embedded store scans (the collection stays small)
		mongo.indexOps(COLLECTION).createIndex(new Index().on("requestId", Sort.Direction.ASC));
	}

	/**
	 * Appends an entry to a request's trail.
	 * @param requestId the request
	 * @param action what happened
	 * @param actor who did it
	 * @param detail reason or refusal, optional
	 * @return the entry written
	 */
	public AuditEntry append(String requestId, String action, String actor, String detail) {
		for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
			List<AuditEntry> trail = trail(requestId);
			AuditEntry last = trail.isEmpty() ? null : trail.get(trail.size() - 1);
			long sequence = (last != null) ? last.sequence() + 1 : 1;
			String previous = (last != null) ? last.hash() : GENESIS;
			Instant at = this.clock.instant();
			String hash = hash(requestId, sequence, action, actor, at, detail, previous);
			AuditEntry entry = new AuditEntry(requestId, sequence, action, actor, at, detail, previous, hash);
			try {
				this.mongo.insert(toDocument(entry), COLLECTION);
				return entry;
			}
			catch (DuplicateKeyException ex) {
				// another entry took this position: append after it
			}
		}
		throw new IllegalStateException("Could not append to the audit trail of disclosure " + requestId);
	}

	/**
	 * A request's trail, oldest first.
	 * @param requestId the request
	 * @return the entries
	 */
	public List<AuditEntry> trail(String requestId) {
		Query query = Query.query(Criteria.where("requestId").is(requestId))
			.with(Sort.by(Sort.Direction.ASC, "sequence"));
		return this.mongo.find(query, Document.class, COLLECTION).stream().map(AuditTrail::fromDocument).toList();
	}

	/**
	 * Whether a trail is intact: positions 1..n without gaps, each entry's hash right and
	 * chained to the one before.
	 * @param trail the entries, oldest first
	 * @return true when nothing was changed or removed (before the last entry)
	 */
	public static boolean verify(List<AuditEntry> trail) {
		String previous = GENESIS;
		long expected = 1;
		for (AuditEntry entry : trail) {
			if (entry.sequence() != expected || !previous.equals(entry.previousHash())) {
				return false;
			}
			String hash = hash(entry.requestId(), entry.sequence(), entry.action(), entry.actor(), entry.at(),
					entry.detail(), entry.previousHash());
			if (!hash.equals(entry.hash())) {
				return false;
			}
			previous = entry.hash();
			expected++;
		}
		return true;
	}

	static String hash(String requestId, long sequence, String action, String actor, Instant at, String detail,
			String previous) {
		// length-prefixed fields: no two different entries hash the same input
		StringBuilder input = new StringBuilder();
		for (String field : new String[] { requestId, Long.toString(sequence), action, actor,
				Long.toString(at.toEpochMilli()), (detail != null) ? detail : "", previous }) {
			input.append(field.length()).append(':').append(field).append(';');
		}
		try {
			return HexFormat.of()
				.formatHex(
						MessageDigest.getInstance("SHA-256").digest(input.toString().getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static Document toDocument(AuditEntry entry) {
		return new Document("_id", entry.requestId() + ":" + entry.sequence()).append("requestId", entry.requestId())
			.append("sequence", entry.sequence())
			.append("action", entry.action())
			.append("actor", entry.actor())
			.append("at", Date.from(entry.at()))
			.append("detail", entry.detail())
			.append("previousHash", entry.previousHash())
			.append("hash", entry.hash());
	}

	private static AuditEntry fromDocument(Document document) {
		return new AuditEntry(document.getString("requestId"), ((Number) document.get("sequence")).longValue(),
				document.getString("action"), document.getString("actor"), document.getDate("at").toInstant(),
				document.getString("detail"), document.getString("previousHash"), document.getString("hash"));
	}

}
