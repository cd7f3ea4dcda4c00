package org.sujarit.anonymizer.followup;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sujarit.anonymizer.evidence.EvidenceLimits;
import org.sujarit.anonymizer.redaction.Redactor;
import org.sujarit.anonymizer.vault.Custody;
import org.sujarit.anonymizer.vault.EvidenceVault;
import org.sujarit.anonymizer.vault.IdentitySealer;
import org.sujarit.anonymizer.vault.IdentityVault;
import org.sujarit.anonymizer.vault.VaultEntry;
import org.sujarit.platform.events.EventType;
import org.sujarit.platform.events.EvidenceFile;
import org.sujarit.platform.events.FollowUpKind;
import org.sujarit.platform.events.FollowUpSanitized;
import org.sujarit.platform.events.Reporter;
import org.sujarit.platform.events.SanitizedEvidence;
import org.sujarit.platform.events.SealedFollowUp;
import org.sujarit.platform.events.UnreadableEventException;
import org.sujarit.platform.runtime.outbox.Outbox;
import org.sujarit.platform.runtime.outbox.OutboxEntry;

import org.springframework.stereotype.Component;

/**
 * Handles opened whistleblower follow-ups: redacts messages with the report's identity,
 * seals added identities and ping choices, keeps original evidence sealed and passes on a
 * scrubbed copy, and admits complaints moved to the corruption track. Each owes at most
 * one {@link FollowUpSanitized}, with event id {@code follow-up-<followUpId>}, recorded
 * with the follow-up id in the vault document in one write: a redelivery changes nothing.
 * <p>
 * Log lines name the submission id, follow-up id and pseudonym only.
 */
@Component
public class FollowUps {

	/** Largest evidence file accepted, decoded: 10 MB, as the large topics are sized. */
	static final int MAX_EVIDENCE_BYTES = 10 * 1024 * 1024;

	/** What staff read instead of a refused file. */
	static final String REFUSED_NOTICE = "[หลักฐานแนบไม่ได้รับ: ไม่สามารถลบข้อมูลแฝงของไฟล์ได้] "
			+ "[Evidence not accepted: the file's metadata could not be removed]";

	private static final Logger log = LoggerFactory.getLogger(FollowUps.class);

	private final IdentityVault vault;

	private final IdentitySealer sealer;

	private final EvidenceVault evidence;

	private final EvidenceScrubbing scrubbing;

	private final Redactor redactor;

	private final Outbox outbox;

	private final MeterRegistry meters;

	private final EvidenceAttempts attempts;

	private final int maxAttempts;

	public FollowUps(IdentityVault vault, IdentitySealer sealer, EvidenceVault evidence, EvidenceScrubbing scrubbing,
			Redactor redactor, Outbox outbox, MeterRegistry meters, EvidenceAttempts attempts, EvidenceLimits limits) {
		this.vault = vault;
		this.sealer = sealer;
		this.evidence = evidence;
		this.scrubbing = scrubbing;
		this.redactor = redactor;
		this.outbox = outbox;
		this.meters = meters;
		this.attempts = attempts;
		this.maxAttempts = limits.maxAttempts();
	}

	/**
	 * Handles one opened follow-up.
	 * @param followUp the follow-up
	 */
	public void handle(SealedFollowUp followUp) {
		if (followUp.kind() == FollowUpKind.RECLASSIFIED) {
			reclassified(followUp);
			return;
		}
		VaultEntry entry = this.vault.find(followUp.submissionId())
			.orElseThrow(() -> new UnreadableEventException("Follow-up " + followUp.followUpId() + " names submission "
					+ followUp.submissionId() + ", which the vault does not hold"));
		if (entry.handled(followUp.followUpId()) || (followUp.kind() == FollowUpKind.EVIDENCE
				&& this.evidence.handled(followUp.submissionId(), followUp.followUpId()))) {
			log.info("Follow-up {} of {} was handled before; this was a redelivery", followUp.followUpId(),
					entry.pseudonym());
			return;
		}
		boolean recorded = switch (followUp.kind()) {
			case MESSAGE -> message(followUp, entry);
			case IDENTITY_ADDED -> identityAdded(followUp, entry);
			case PINGS -> pings(followUp, entry);
			case EVIDENCE -> evidence(followUp, entry);
			case RECLASSIFIED -> throw new IllegalStateException("handled above");
		};
		count(followUp.kind(), recorded);
		log.info("Follow-up {} ({}) of {} {}", followUp.followUpId(), followUp.kind(), entry.pseudonym(),
				recorded ? "handled" : "was handled by a concurrent delivery");
	}

	private boolean message(SealedFollowUp followUp, VaultEntry entry) {
		Reporter identity = identity(entry);
		String redacted = redact(followUp, followUp.message(), identity);
		if (identity == null) {
			// nothing to go by: mask any phone or e-mail as if it were the reporter's
			for (Reporter contact : AnonymousContacts.in(redacted)) {
				redacted = redact(followUp, redacted, contact);
			}
		}
		return this.vault.recordFollowUp(followUp.submissionId(), followUp.followUpId(), null,
				sanitized(followUp, redacted, null, entry.identitySealed(), entry.pseudonym()));
	}

	private boolean identityAdded(SealedFollowUp followUp, VaultEntry entry) {
		Reporter reporter = followUp.reporter();
		if (reporter == null || reporter.isEmpty()) {
			throw new UnreadableEventException("Follow-up " + followUp.followUpId() + " adds an empty identity");
		}
		boolean pings = (entry.sealedIdentity() != null)
				&& this.sealer.open(entry.submissionId(), entry.sealedIdentity()).updatePings();
		return this.vault.recordFollowUp(followUp.submissionId(), followUp.followUpId(), new Custody(reporter, pings),
				sanitized(followUp, null, null, true, entry.pseudonym()));
	}

	private boolean pings(SealedFollowUp followUp, VaultEntry entry) {
		if (entry.sealedIdentity() == null) {
			// nothing to reach: remember the follow-up only
			log.info("Follow-up {} of {} asks for pings but no contact is kept", followUp.followUpId(),
					entry.pseudonym());
			return this.vault.recordFollowUp(followUp.submissionId(), followUp.followUpId(), null, null);
		}
		Custody custody = this.sealer.open(entry.submissionId(), entry.sealedIdentity())
			.withUpdatePings(followUp.updatePings());
		return this.vault.recordFollowUp(followUp.submissionId(), followUp.followUpId(), custody, null);
	}

	private boolean evidence(SealedFollowUp followUp, VaultEntry entry) {
		EvidenceFile file = followUp.evidence();
		if (file == null || file.contentBase64() == null) {
			throw new UnreadableEventException("Follow-up " + followUp.followUpId() + " carries no evidence file");
		}
		byte[] content;
		try {
			content = Base64.getDecoder().decode(file.contentBase64());
		}
		catch (IllegalArgumentException ex) {
			throw new UnreadableEventException("Follow-up " + followUp.followUpId() + " carries a file not in base64");
		}
		// the original is kept first: if anything below fails, the redelivery finds it
		this.evidence.keep(followUp.submissionId(), followUp.followUpId(), file);
		// counted before the file is opened: an attempt that took the process down counts
		int earlier = this.attempts.begin(followUp.submissionId(), followUp.followUpId());
		EvidenceScrubbing.Result result;
		if (content.length > MAX_EVIDENCE_BYTES) {
			result = EvidenceScrubbing.Result.refused("too-large");
		}
		else if (earlier >= this.maxAttempts) {
			// tried that often and never finished: the file is not opened again
			result = EvidenceScrubbing.Result.refused("too-many-attempts");
		}
		else {
			result = scrub(followUp, content, file.contentType());
		}
		Arrays.fill(content, (byte) 0);
		if (result.isRefused()) {
			this.meters.counter("sujarit.anonymizer.evidence.refused", "reason", result.refusal()).increment();
			log.warn("Evidence of follow-up {} of {} refused ({}); the original is sealed in the vault",
					followUp.followUpId(), entry.pseudonym(), result.refusal());
			return this.evidence.record(followUp.submissionId(), followUp.followUpId(),
					sanitized(followUp, REFUSED_NOTICE, null, entry.identitySealed(), entry.pseudonym()));
		}
		byte[] scrubbed = result.content();
		SanitizedEvidence sanitizedFile = new SanitizedEvidence(
				"evidence-" + shortId(followUp.followUpId()) + "." + result.extension(), result.contentType(),
				scrubbed.length, sha256(scrubbed), Base64.getEncoder().encodeToString(scrubbed));
		// its own document: a 10 MB file is too big to queue in the report's vault
		// document
		return this.evidence.record(followUp.submissionId(), followUp.followUpId(),
				sanitized(followUp, null, sanitizedFile, entry.identitySealed(), entry.pseudonym()));
	}

	private EvidenceScrubbing.Result scrub(SealedFollowUp followUp, byte[] content, String declaredType) {
		try {
			return this.scrubbing.scrub(content, declaredType);
		}
		catch (RuntimeException ex) {
			// a file the scrubber chokes on is refused, not retried: it would choke again
			log.warn("Scrubbing the evidence of follow-up {} failed ({})", followUp.followUpId(),
					ex.getClass().getName());
			return EvidenceScrubbing.Result.refused("scrub-failed");
		}
	}

	private void reclassified(SealedFollowUp followUp) {
		if (this.vault.find(followUp.submissionId()).filter((e) -> e.handled(followUp.followUpId())).isPresent()) {
			log.info("Reclassification {} of {} was handled before", followUp.followUpId(), followUp.submissionId());
			return;
		}
		Reporter contact = followUp.reporter();
		String redacted = redact(followUp, followUp.message(), contact);
		boolean sealed = contact != null && !contact.isEmpty();
		boolean admitted = this.vault.admitReclassified(followUp.submissionId(), followUp.followUpId(), contact,
				followUp.sentAt(), (pseudonym) -> sanitized(followUp, redacted, null, sealed, pseudonym));
		count(FollowUpKind.RECLASSIFIED, admitted);
	}

	private OutboxEntry sanitized(SealedFollowUp followUp, String message, SanitizedEvidence file,
			boolean identitySealed, String pseudonym) {
		FollowUpSanitized event = new FollowUpSanitized(followUp.submissionId(), followUp.followUpId(), followUp.kind(),
				message, file, identitySealed, pseudonym,
				(followUp.kind() == FollowUpKind.RECLASSIFIED) ? followUp.category() : null, followUp.sentAt());
		return this.outbox.entry(EventType.FOLLOW_UP_SANITIZED, "follow-up-" + followUp.followUpId(),
				followUp.submissionId(), followUp.sentAt(), event);
	}

	private Reporter identity(VaultEntry entry) {
		return (entry.sealedIdentity() != null)
				? this.sealer.open(entry.submissionId(), entry.sealedIdentity()).reporter() : null;
	}

	private String redact(SealedFollowUp followUp, String text, Reporter reporter) {
		try {
			return this.redactor.redact(text, reporter);
		}
		catch (RuntimeException ex) {
			// without the cause: its message could quote the text being redacted
			throw new IllegalStateException(
					"Redaction of follow-up " + followUp.followUpId() + " failed (" + ex.getClass().getName() + ")");
		}
	}

	private void count(FollowUpKind kind, boolean recorded) {
		Counter.builder("sujarit.anonymizer.follow-ups")
			.tag("kind", kind.name())
			.tag("outcome", recorded ? "handled" : "duplicate")
			.register(this.meters)
			.increment();
	}

	private static String shortId(String followUpId) {
		String clean = followUpId.replaceAll("[^A-Za-z0-9]", "");
		return clean.substring(0, Math.min(12, clean.length()));
	}

	private static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
