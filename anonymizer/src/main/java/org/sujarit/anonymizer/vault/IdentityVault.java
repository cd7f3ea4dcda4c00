package org.sujarit.anonymizer.vault;

import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.List;

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sujarit.platform.events.EventType;
import org.sujarit.platform.events.ReportSanitized;
import org.sujarit.platform.events.Reporter;
import org.sujarit.platform.events.SealedReport;
import org.sujarit.platform.runtime.outbox.Outbox;
import org.sujarit.platform.runtime.outbox.OutboxEntry;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * The identity vault: one document per whistleblower report, keyed by submission id,
 * holding the pseudonym and, when the reporter left one, the sealed identity.
 * <p>
 * Admitting a report writes that document and the {@link ReportSanitized} event it owes
 * in one insert, so the document is also the dedupe marker: a redelivered report finds it
 * and changes nothing, and a concurrent redelivery loses the insert race on {@code _id}.
 * Neither the narrative nor any identity field is ever stored in clear, and nothing at
 * all is kept of an anonymous reporter.
 */
@Component
public class IdentityVault {

	/** The vault collection. */
	public static final String COLLECTION = "vault";

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
		boolean identitySealed = reporter != null && !reporter.isEmpty();
		String pseudonym = this.pseudonyms.next();
		Instant sealedAt = this.clock.instant();
		ReportSanitized sanitized = new ReportSanitized(submissionId, pseudonym, report.category(), redactedNarrative,
				report.accused(), identitySealed, report.receivedAt(), report.respondBy());
		// a fixed id, so that however the report is derived again, case-tracking sees
		// one event
		OutboxEntry entry = this.outbox.entry(EventType.REPORT_SANITIZED, "sanitized-" + submissionId, submissionId,
				sealedAt, sanitized);
		Document document = new Document("_id", submissionId).append("pseudonym", pseudonym)
			.append("identitySealed", identitySealed);
		if (identitySealed) {
			SealedIdentity identity = this.sealer.seal(submissionId, reporter);
			document.append("sealedIdentity", identity.ciphertext()).append("keyId", identity.keyId());
		}
		document.append("receivedAt", Date.from(report.receivedAt()))
			.append("sealedAt", Date.from(sealedAt))
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

}
