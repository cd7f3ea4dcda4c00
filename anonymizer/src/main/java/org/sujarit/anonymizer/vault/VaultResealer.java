package org.sujarit.anonymizer.vault;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Re-encrypts every sealed identity in the vault under the primary vault key, after a
 * {@linkplain VaultKeyset#rotate rotation}, so the older keys can then be disabled.
 * <p>
 * Each entry is opened with whichever key of the keyset sealed it and sealed again under
 * the primary, with the same associated data (its submission id). The write is
 * conditional on the ciphertext it read, so it never overwrites an entry that changed
 * meanwhile; it sets only {@code sealedIdentity} and {@code keyId}, leaving the outbox
 * the relay empties alone. The plaintext lives only in memory for the moment of the
 * re-encryption and is wiped after it. Nothing here logs or returns an identity: the
 * result is counts, failures are logged by submission id.
 * <p>
 * Running it again is harmless: entries already under the primary key are skipped.
 */
public class VaultResealer {

	private static final Logger log = LoggerFactory.getLogger(VaultResealer.class);

	private static final String SEALED = "sealedIdentity";

	private static final String KEY_ID = "keyId";

	private final MongoTemplate mongo;

	private final VaultKey key;

	public VaultResealer(MongoTemplate mongo, VaultKey key) {
		this.mongo = mongo;
		this.key = key;
	}

	/**
	 * Reseals every entry not yet under the primary key.
	 * @return the counts
	 */
	public Result resealAll() {
		long primary = this.key.keyId();
		Query underOtherKeys = Query.query(Criteria.where(SEALED).exists(true).and(KEY_ID).ne(primary));
		underOtherKeys.fields().include("_id");
		// ids first, then one entry at a time by _id: no cursor stays open across the
		// writes, and only ids are held in memory
		List<Object> ids = new ArrayList<>();
		for (Document document : this.mongo.find(underOtherKeys, Document.class, IdentityVault.COLLECTION)) {
			ids.add(document.get("_id"));
		}
		int resealed = 0;
		int failed = 0;
		int changed = 0;
		for (Object id : ids) {
			switch (reseal(id, primary)) {
				case RESEALED -> resealed++;
				case FAILED -> failed++;
				case CHANGED -> changed++;
			}
		}
		long sealed = this.mongo.count(Query.query(Criteria.where(SEALED).exists(true)), IdentityVault.COLLECTION);
		long remaining = this.mongo.count(Query.query(Criteria.where(SEALED).exists(true).and(KEY_ID).ne(primary)),
				IdentityVault.COLLECTION);
		return new Result(primary, sealed, resealed, failed, changed, remaining);
	}

	private Outcome reseal(Object id, long primary) {
		Document entry = this.mongo.findById(id, Document.class, IdentityVault.COLLECTION);
		if (entry == null || !(entry.get(SEALED) instanceof String ciphertext)) {
			return Outcome.CHANGED;
		}
		if (entry.get(KEY_ID) instanceof Number keyId && keyId.longValue() == primary) {
			return Outcome.CHANGED;
		}
		byte[] associatedData = String.valueOf(id).getBytes(StandardCharsets.UTF_8);
		byte[] plaintext = null;
		String resealed;
		try {
			plaintext = this.key.aead().decrypt(Base64.getDecoder().decode(ciphertext), associatedData);
			resealed = Base64.getEncoder().encodeToString(this.key.aead().encrypt(plaintext, associatedData));
		}
		catch (GeneralSecurityException | IllegalArgumentException ex) {
			// no cause: only the entry's id may reach the log
			log.warn("Vault entry {} does not open with the vault keyset (key {}); left as it is", id,
					entry.get(KEY_ID));
			return Outcome.FAILED;
		}
		finally {
			if (plaintext != null) {
				Arrays.fill(plaintext, (byte) 0);
			}
		}
		long modified = this.mongo
			.updateFirst(Query.query(Criteria.where("_id").is(id).and(SEALED).is(ciphertext)),
					new Update().set(SEALED, resealed).set(KEY_ID, primary), IdentityVault.COLLECTION)
			.getModifiedCount();
		return (modified == 1) ? Outcome.RESEALED : Outcome.CHANGED;
	}

	private enum Outcome {

		RESEALED, FAILED, CHANGED

	}

	/**
	 * What a reseal did. No identity, only counts.
	 *
	 * @param primaryKeyId the key everything was resealed under
	 * @param sealed entries holding a sealed identity, after the run
	 * @param resealed entries this run re-encrypted
	 * @param failed entries that did not open with the keyset (left as they were)
	 * @param changed entries that changed while this run looked at them (left to the
	 * writer that changed them; run again to pick them up)
	 * @param remaining entries still sealed under another key after the run
	 */
	public record Result(long primaryKeyId, long sealed, int resealed, int failed, int changed, long remaining) {

	}

}
