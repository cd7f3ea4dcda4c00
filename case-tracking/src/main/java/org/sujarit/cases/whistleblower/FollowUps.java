package org.sujarit.cases.whistleblower;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;

import com.mongodb.client.gridfs.GridFSBucket;
import com.mongodb.client.gridfs.model.GridFSUploadOptions;
import com.mongodb.client.model.Filters;
import org.bson.BsonString;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sujarit.cases.casefile.CaseDocument;
import org.sujarit.cases.casefile.HistoryAction;
import org.sujarit.cases.casefile.HistoryEntry;
import org.sujarit.cases.casefile.Visibility;
import org.sujarit.cases.handling.CaseHandling;
import org.sujarit.cases.handling.CaseHandling.Change;
import org.sujarit.platform.events.CaseChange;
import org.sujarit.platform.events.FollowUpSanitized;
import org.sujarit.platform.events.IdentityDisclosed;
import org.sujarit.platform.events.SanitizedEvidence;

import org.springframework.stereotype.Component;

/**
 * The whistleblower's side of a case, as the anonymizer hands it over without identity:
 * messages, evidence, an identity sealed later, a reclassified complaint's sanitized
 * text, and disclosures approved by a custodian.
 * <p>
 * Each follow-up is applied once: its id is kept in the case ({@code followUps}) by the
 * same write that applies it, so a redelivered event changes nothing.
 */
@Component
public class FollowUps {

	private static final Logger log = LoggerFactory.getLogger(FollowUps.class);

	/** The bucket evidence files are kept in, in the case-tracking database. */
	public static final String BUCKET = "evidence";

	static final String DISCLOSED_MESSAGE = "ตามคำขอของนิติกรผู้รับผิดชอบเรื่องนี้ และด้วยความเห็นชอบของผู้ดูแลข้อมูลตัวตน "
			+ "ข้อมูลตัวตนของท่านได้ถูกเปิดเผยต่อนิติกรผู้รับผิดชอบแล้ว เพื่อใช้ในการดำเนินการตามกฎหมายเท่านั้น / "
			+ "Your identity has been disclosed to the legal officer handling your report, with the custodian's "
			+ "approval, for use in the legal process only.";

	private final CaseHandling handling;

	private final GridFSBucket evidence;

	FollowUps(CaseHandling handling, GridFSBucket evidence) {
		this.handling = handling;
		this.evidence = evidence;
	}

	/**
	 * Applies a sanitized follow-up to its case.
	 * @param followUp the follow-up
	 */
	public void apply(FollowUpSanitized followUp) {
		String caseId = followUp.submissionId();
		if (followUp.kind() == org.sujarit.platform.events.FollowUpKind.EVIDENCE && followUp.evidence() != null) {
			store(followUp.followUpId(), followUp.evidence());
		}
		boolean found = this.handling.system(caseId, (current) -> {
			if (current.handledFollowUp(followUp.followUpId())) {
				return null;
			}
			return plan(current, followUp);
		});
		if (!found) {
			// the report's case may not be open yet: retried, then dead-lettered
			throw new IllegalStateException("No case " + caseId + " for follow-up " + followUp.followUpId());
		}
		log.info("Follow-up {} ({}) applied to case {}", followUp.followUpId(), followUp.kind(), caseId);
	}

	/**
	 * Records a disclosure of the reporter's identity and, unless the custodian recorded
	 * a legal reason not to, tells the reporter.
	 * @param disclosure the disclosure
	 */
	public void apply(IdentityDisclosed disclosure) {
		String caseId = disclosure.submissionId();
		boolean found = this.handling.system(caseId, (current) -> {
			if (current.handledFollowUp(disclosure.requestId())) {
				return null;
			}
			HistoryEntry entry = this.handling.entry(HistoryAction.IDENTITY_DISCLOSED, HistoryEntry.SYSTEM,
					current.status(), disclosure.reporterInformed() ? DISCLOSED_MESSAGE : null,
					disclosure.reporterInformed() ? Visibility.PUBLIC : Visibility.INTERNAL, disclosure.requestId());
			return new Change(current.status(), List.of(entry),
					disclosure.reporterInformed() ? CaseChange.IDENTITY_DISCLOSED : null,
					disclosure.reporterInformed() ? DISCLOSED_MESSAGE : null, CaseDocument.After.NOTHING,
					handled(disclosure.requestId()));
		});
		if (!found) {
			throw new IllegalStateException("No case " + caseId + " for disclosure " + disclosure.requestId());
		}
		log.info("Identity disclosure {} recorded on case {}", disclosure.requestId(), caseId);
	}

	private Change plan(CaseDocument current, FollowUpSanitized followUp) {
		String by = (followUp.pseudonym() != null) ? followUp.pseudonym() : current.pseudonym();
		by = (by != null) ? by : "reporter";
		java.util.function.Consumer<org.springframework.data.mongodb.core.query.Update> handled = handled(
				followUp.followUpId());
		return switch (followUp.kind()) {
			case MESSAGE -> new Change(current.status(),
					List.of(this.handling.entry(HistoryAction.REPORTER_MESSAGE, by, current.status(),
							followUp.message(), Visibility.PUBLIC, followUp.followUpId())),
					CaseChange.REPORTER_MESSAGE, followUp.message(), CaseDocument.After.NOTHING, handled);
			case EVIDENCE -> {
				SanitizedEvidence file = followUp.evidence();
				Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
				Document meta = new Document("evidenceId", followUp.followUpId()).append("fileName", file.fileName())
					.append("contentType", file.contentType())
					.append("size", file.sizeBytes())
					.append("sha256", file.sha256())
					.append("addedAt", CaseDocument.date(now));
				yield new Change(current.status(),
						List.of(this.handling.entry(HistoryAction.EVIDENCE_ADDED, by, current.status(), null,
								Visibility.INTERNAL, followUp.followUpId())),
						CaseChange.EVIDENCE_ADDED, null, CaseDocument.After.NOTHING,
						handled.andThen((update) -> update.push(CaseDocument.EVIDENCE, meta)));
			}
			case IDENTITY_ADDED -> new Change(current.status(),
					List.of(this.handling.entry(HistoryAction.IDENTITY_SEALED, by, current.status(), null,
							Visibility.INTERNAL, null)),
					null, null, null, handled.andThen((update) -> update.set(CaseDocument.IDENTITY_SEALED, true)));
			case RECLASSIFIED -> new Change(current.status(),
					List.of(this.handling.entry(HistoryAction.RECLASSIFIED, HistoryEntry.SYSTEM, current.status(),
							"The anonymizer returned the complaint's text without identity", Visibility.INTERNAL,
							followUp.pseudonym())),
					null, null, null,
					handled.andThen((update) -> update.set(CaseDocument.NARRATIVE, followUp.message())
						.set(CaseDocument.PSEUDONYM, followUp.pseudonym())
						.set(CaseDocument.IDENTITY_SEALED, followUp.identitySealed())
						.unset(CaseDocument.DESCRIPTION)
						.unset(CaseDocument.SUBJECT)));
			case PINGS -> new Change(current.status(), List.of(), null, null, null, handled);
		};
	}

	private static java.util.function.Consumer<org.springframework.data.mongodb.core.query.Update> handled(String id) {
		return (update) -> update.push(CaseDocument.FOLLOW_UPS, id);
	}

	private void store(String evidenceId, SanitizedEvidence file) {
		if (this.evidence.find(Filters.eq("_id", evidenceId)).first() != null) {
			return;
		}
		byte[] content = Base64.getDecoder().decode(file.contentBase64());
		this.evidence.uploadFromStream(new BsonString(evidenceId), file.fileName(), new ByteArrayInputStream(content),
				new GridFSUploadOptions().metadata(new Document("contentType", file.contentType())));
	}

}
