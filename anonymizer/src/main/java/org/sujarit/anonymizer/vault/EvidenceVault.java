package org.sujarit.anonymizer.vault;

import java.security.GeneralSecurityException;
import java.time.Clock;
import java.util.Arrays;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.bson.types.Binary;
import org.sujarit.platform.events.EventCodec;
import org.sujarit.platform.events.EvidenceFile;
import org.sujarit.platform.runtime.keys.SealingContext;
import org.sujarit.platform.runtime.outbox.Outbox;
import org.sujarit.platform.runtime.outbox.OutboxEntry;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Keeps original evidence files, as uploaded, sealed with the vault key for legal use:
 * one document per file in {@code vault_evidence}, {@code _id} =
 * {@code submissionId/followUpId}, holding the AEAD ciphertext of the file's JSON (name,
 * declared type, bytes) with {@link SealingContext#followUp(String, String)} as
 * associated data, so a sealed original cannot be moved to another report or follow-up.
 * Nothing of the file is kept in clear, not even its size.
 */
@Component
public class EvidenceVault {

	/** The collection of sealed originals. */
	public static final String COLLECTION = "vault_evidence";

	/**
	 * One document per evidence follow-up holding the event it owes: a scrubbed file may
	 * be up to 10 MB, too big to queue in the report's vault document next to others.
	 */
	public static final String EVENTS = "vault_evidence_events";

	private final MongoTemplate mongo;

	private final Outbox outbox;

	private final VaultKey key;

	private final EventCodec codec;

	private final Clock clock;

	public EvidenceVault(MongoTemplate mongo, Outbox outbox, VaultKey key, EventCodec codec, Clock clock) {
		this.mongo = mongo;
		this.outbox = outbox;
		this.key = key;
		this.codec = codec;
		this.clock = clock;
	}

	/**
	 * Seals an original. Keeping it twice is harmless: a redelivery finds it there.
	 * @param submissionId the submission
	 * @param followUpId the follow-up that carried it
	 * @param file the file as uploaded
	 */
	public void keep(String submissionId, String followUpId, EvidenceFile file) {
		Map<String, Object> members = new LinkedHashMap<>();
		members.put("fileName", file.fileName());
		members.put("contentType", file.contentType());
		members.put("contentBase64", file.contentBase64());
		byte[] plaintext = this.codec.toJson(members);
		byte[] ciphertext;
		try {
			ciphertext = this.key.aead().encrypt(plaintext, SealingContext.followUp(submissionId, followUpId));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Could not seal evidence of follow-up " + followUpId, ex);
		}
		finally {
			Arrays.fill(plaintext, (byte) 0);
		}
		Document document = new Document("_id", id(submissionId, followUpId)).append("submissionId", submissionId)
			.append("followUpId", followUpId)
			.append("sealedFile", new Binary(ciphertext))
			.append("keyId", this.key.keyId())
			.append("sealedAt", Date.from(this.clock.instant()));
		try {
			this.mongo.insert(document, COLLECTION);
		}
		catch (DuplicateKeyException ex) {
			// kept by an earlier delivery of the same follow-up
		}
	}

	/**
	 * Whether an evidence follow-up was handled before.
	 * @param submissionId the submission
	 * @param followUpId the follow-up
	 * @return true when its event was recorded
	 */
	public boolean handled(String submissionId, String followUpId) {
		return this.mongo.exists(Query.query(Criteria.where("_id").is(id(submissionId, followUpId))), EVENTS);
	}

	/**
	 * Records the event an evidence follow-up owes, in one insert that is also its dedupe
	 * marker.
	 * @param submissionId the submission
	 * @param followUpId the follow-up
	 * @param entry the event
	 * @return true when this call recorded it, false when it was recorded before
	 */
	public boolean record(String submissionId, String followUpId, OutboxEntry entry) {
		String id = id(submissionId, followUpId);
		Document document = new Document("_id", id).append("submissionId", submissionId)
			.append("recordedAt", Date.from(this.clock.instant()))
			.append(OutboxEntry.FIELD, List.of(entry.toDocument()));
		try {
			this.outbox.write(EVENTS, id, () -> this.mongo.insert(document, EVENTS));
			return true;
		}
		catch (DuplicateKeyException ex) {
			return false;
		}
	}

	/**
	 * Opens a sealed original (for legal use and tests).
	 * @param submissionId the submission
	 * @param followUpId the follow-up
	 * @return the file, or null when none is kept
	 */
	public EvidenceFile open(String submissionId, String followUpId) {
		Document document = this.mongo.findById(id(submissionId, followUpId), Document.class, COLLECTION);
		if (document == null) {
			return null;
		}
		byte[] plaintext;
		try {
			plaintext = this.key.aead()
				.decrypt(document.get("sealedFile", Binary.class).getData(),
						SealingContext.followUp(submissionId, followUpId));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Sealed evidence of follow-up " + followUpId + " does not open");
		}
		try {
			return this.codec.fromJson(plaintext, EvidenceFile.class);
		}
		finally {
			Arrays.fill(plaintext, (byte) 0);
		}
	}

	static String id(String submissionId, String followUpId) {
		return submissionId + "/" + followUpId;
	}

}
