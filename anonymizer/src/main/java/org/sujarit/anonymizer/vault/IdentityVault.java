package org.sujarit.anonymizer.vault;

import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sujarit.platform.events.EventType;
import org.sujarit.platform.events.ReportSanitized;
import org.sujarit.platform.events.Reporter;
import org.sujarit.platform.events.ReporterDisclosure;
import org.sujarit.platform.events.SealedReport;
import org.sujarit.platform.runtime.outbox.Outbox;
import org.sujarit.platform.runtime.outbox.OutboxEntry;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The identity vault: one document per whistleblower report, keyed by submission id,
 * holding the pseudonym and, when the reporter left one, the sealed identity.
 * <p>
 * Admitting a report writes that document and the {@link ReportSanitized} event it owes
 * in one insert, so the document is also the dedupe marker: a redelivered report finds it
 * and changes nothing, and a concurrent redelivery loses the insert race on {@code _id}.
 * Neither the narrative nor any identity field is ever stored in clear, and nothing at
 * all is kept of an anonymous reporter: a reporter who chose
 * {@link ReporterDisclosure#ANONYMOUS} keeps nothing even when they typed their identity
 * in (it served only to redact the narrative).
 * <p>
 * Follow-ups change the same document: each records its id in {@code followUps} together
 * with its outbox entry in one conditional update, so a redelivered follow-up matches
 * nothing and changes nothing.
 */
@Component
public class IdentityVault {

	/** The vault collection. */
	public static final String COLLECTION = "vault";

	static final String FOLLOW_UPS = "followUps";

	private static final Logger log = LoggerFactory.getLogger(IdentityVault.class);

	private final MongoTemplate mongo;

	private final Outbox outbox;

	private final Pseudonyms pseudonyms;

	private final IdentitySealer sealer;

	private final Clock clock;

	public IdentityVault(MongoTemplate mongo, Outbox outbox, Pseudonyms pseudonyms, IdentitySealer sealer,
			Clock clock) {
		this.mongo = mongo;
		this.outbox = outbox;
		this.pseudonyms = pseudonyms;
		this.sealer = sealer;
		this.clock = clock;
	}

	/**
	 * Whether a report is already in the vault.
	 * @param submissionId the submission id
	 * @return true when it was admitted before
	 */
	public boolean holds(String submissionId) {
		return this.mongo.exists(Query.query(Criteria.where("_id").is(submissionId)), COLLECTION);
	}

	/**
	 * Admits a report: gives it a pseudonym, seals the reporter's identity if there is
	 * one, and owes case-tracking the sanitized report.
	 * @param report the opened report
	 * @param redactedNarrative the narrative with the reporter's identity redacted
	 * @return true when this call admitted it, false when another delivery got there
	 * first
	 */
	public boolean admit(SealedReport report, String redactedNarrative) {
		String submissionId = report.submissionId();
		Reporter reporter = report.reporter();
		// anonymous means nothing is kept, whatever was typed in
		boolean identitySealed = reporter != null && !reporter.isEmpty()
				&& report.disclosureOrDefault() == ReporterDisclosure.CONFIDENTIAL;
		String pseudonym = this.pseudonyms.next();
		Instant sealedAt = this.clock.instant();
		ReportSanitized sanitized = new ReportSanitized(submissionId, pseudonym, report.category(), redactedNarrative,
				report.accused(), identitySealed, report.receivedAt(), report.respondBy());
		// a fixed id, so that however the report is derived again, case-tracking sees
		// one event
		OutboxEntry entry = this.outbox.entry(EventType.REPORT_SANITIZED, "sanitized-" + submissionId, submissionId,
				sealedAt, sanitized);
		Document document = new Document("_id", submissionId).append("pseudonym", pseudonym)
			.append("identitySealed", identitySealed)
			.append("disclosure",
					(identitySealed ? ReporterDisclosure.CONFIDENTIAL : ReporterDisclosure.ANONYMOUS).name());
		if (identitySealed) {
			SealedIdentity identity = this.sealer.seal(submissionId, new Custody(reporter, report.updatePings()));
			document.append("sealedIdentity", identity.ciphertext()).append("keyId", identity.keyId());
		}
		document.append("receivedAt", Date.from(report.receivedAt()))
			.append("sealedAt", Date.from(sealedAt))
			.append(FOLLOW_UPS, List.of())
			.append(OutboxEntry.FIELD, List.of(entry.toDocument()));
		try {
			this.outbox.write(COLLECTION, submissionId, () -> this.mongo.insert(document, COLLECTION));
		}
		catch (DuplicateKeyException ex) {
			log.info("Report {} was admitted by a concurrent delivery", submissionId);
			return false;
		}
		log.info("Report {} admitted to the vault as {} ({})", submissionId, pseudonym,
				identitySealed ? "sealed" : "anonymous");
		return true;
	}

	/**
	 * Reads a report's vault document.
	 * @param submissionId the submission id
	 * @return the entry, empty when the vault holds no such report
	 */
	public Optional<VaultEntry> find(String submissionId) {
		Document document = this.mongo.findById(submissionId, Document.class, COLLECTION);
		if (document == null) {
			return Optional.empty();
		}
		List<String> followUps = document.getList(FOLLOW_UPS, String.class, List.of());
		return Optional.of(new VaultEntry(submissionId, document.getString("pseudonym"),
				Boolean.TRUE.equals(document.getBoolean("identitySealed")), document.getString("sealedIdentity"),
				List.copyOf(followUps)));
	}

	/**
	 * Records a follow-up and the event it owes, with an optional change to the sealed
	 * custody, in one conditional update.
	 * @param submissionId the submission id
	 * @param followUpId the follow-up id
	 * @param custody the new custody to seal, or null to leave it as it is
	 * @param entry the event the follow-up owes, or null when it owes none
	 * @return true when this call recorded it, false when it was recorded before (or the
	 * report is not in the vault)
	 */
	public boolean recordFollowUp(String submissionId, String followUpId, Custody custody, OutboxEntry entry) {
		Update update = new Update().push(FOLLOW_UPS, followUpId);
		if (custody != null) {
			SealedIdentity identity = this.sealer.seal(submissionId, custody);
			update.set("identitySealed", true)
				.set("sealedIdentity", identity.ciphertext())
				.set("keyId", identity.keyId())
				.set("disclosure", ReporterDisclosure.CONFIDENTIAL.name());
		}
		if (entry != null) {
			update.push(OutboxEntry.FIELD, entry.toDocument());
		}
		Query query = Query.query(Criteria.where("_id").is(submissionId).and(FOLLOW_UPS).ne(followUpId));
		long changed = this.outbox.write(COLLECTION, submissionId,
				() -> this.mongo.updateFirst(query, update, COLLECTION).getModifiedCount());
		return changed > 0;
	}

	/**
	 * Admits a general complaint that staff moved to the corruption track: a vault entry
	 * with a new pseudonym and the complainant's contact sealed, or, when the case was in
	 * the vault before, a new pseudonym and custody for it.
	 * @param submissionId the case id
	 * @param followUpId the reclassification's follow-up id
	 * @param contact the complainant's contact, may be null
	 * @param receivedAt when the complaint was received
	 * @param event builds the event owed from the new pseudonym
	 * @return true when this call admitted it, false on a redelivery
	 */
	public boolean admitReclassified(String submissionId, String followUpId, Reporter contact, Instant receivedAt,
			java.util.function.Function<String, OutboxEntry> event) {
		boolean identitySealed = contact != null && !contact.isEmpty();
		String pseudonym = this.pseudonyms.next();
		Instant sealedAt = this.clock.instant();
		OutboxEntry entry = event.apply(pseudonym);
		Optional<VaultEntry> existing = find(submissionId);
		if (existing.isPresent()) {
			if (existing.get().handled(followUpId)) {
				return false;
			}
			Update update = new Update().push(FOLLOW_UPS, followUpId)
				.set("pseudonym", pseudonym)
				.set("identitySealed", identitySealed)
				.push(OutboxEntry.FIELD, entry.toDocument());
			if (identitySealed) {
				SealedIdentity identity = this.sealer.seal(submissionId, new Custody(contact, false));
				update.set("sealedIdentity", identity.ciphertext())
					.set("keyId", identity.keyId())
					.set("disclosure", ReporterDisclosure.CONFIDENTIAL.name());
			}
			else {
				update.unset("sealedIdentity").unset("keyId").set("disclosure", ReporterDisclosure.ANONYMOUS.name());
			}
			Query query = Query.query(Criteria.where("_id").is(submissionId).and(FOLLOW_UPS).ne(followUpId));
			return this.outbox.write(COLLECTION, submissionId,
					() -> this.mongo.updateFirst(query, update, COLLECTION).getModifiedCount()) > 0;
		}
		Document document = new Document("_id", submissionId).append("pseudonym", pseudonym)
			.append("identitySealed", identitySealed)
			.append("disclosure",
					(identitySealed ? ReporterDisclosure.CONFIDENTIAL : ReporterDisclosure.ANONYMOUS).name());
		if (identitySealed) {
			SealedIdentity identity = this.sealer.seal(submissionId, new Custody(contact, false));
			document.append("sealedIdentity", identity.ciphertext()).append("keyId", identity.keyId());
		}
		document.append("receivedAt", Date.from((receivedAt != null) ? receivedAt : sealedAt))
			.append("sealedAt", Date.from(sealedAt))
			.append("reclassified", true)
			.append(FOLLOW_UPS, List.of(followUpId))
			.append(OutboxEntry.FIELD, List.of(entry.toDocument()));
		try {
			this.outbox.write(COLLECTION, submissionId, () -> this.mongo.insert(document, COLLECTION));
		}
		catch (DuplicateKeyException ex) {
			log.info("Reclassified case {} was admitted by a concurrent delivery", submissionId);
			return false;
		}
		log.info("Reclassified case {} admitted to the vault as {}", submissionId, pseudonym);
		return true;
	}

}
