package org.sujarit.anonymizer.disclosure;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sujarit.anonymizer.vault.IdentitySealer;
import org.sujarit.anonymizer.vault.IdentityVault;
import org.sujarit.anonymizer.vault.VaultEntry;
import org.sujarit.platform.events.EventType;
import org.sujarit.platform.events.IdentityDisclosed;
import org.sujarit.platform.events.Reporter;
import org.sujarit.platform.runtime.outbox.Outbox;
import org.sujarit.platform.runtime.outbox.OutboxEntry;
import org.sujarit.platform.runtime.staff.StaffRole;
import org.sujarit.platform.runtime.staff.StaffUser;
import org.sujarit.platform.runtime.web.FieldError;

import org.springframework.stereotype.Service;

/**
 * The two-person disclosure procedure over the vault. A legal officer asks with a written
 * reason; a custodian who is not the requester decides with a reason; on approval the
 * requesting officer alone may read the identity until the read window closes, and
 * case-tracking is told ({@link IdentityDisclosed}, through the outbox) so the reporter
 * can be informed unless the custodian recorded a legal basis not to.
 * <p>
 * Every request, decision and read, and every refused read of an existing request, is an
 * entry in the {@link AuditTrail}; the audit entry of a read is written before the
 * identity is handed out. Log lines name the request id and pseudonym only.
 */
@Service
public class DisclosureService {

	static final String REQUESTED = "REQUESTED";

	static final String APPROVED = "APPROVED";

	static final String DENIED = "DENIED";

	static final String IDENTITY_READ = "IDENTITY_READ";

	static final String READ_REFUSED = "READ_REFUSED";

	private static final Logger log = LoggerFactory.getLogger(DisclosureService.class);

	private final DisclosureStore store;

	private final AuditTrail audit;

	private final IdentityVault vault;

	private final IdentitySealer sealer;

	private final Outbox outbox;

	private final DisclosureProperties properties;

	private final Clock clock;

	public DisclosureService(DisclosureStore store, AuditTrail audit, IdentityVault vault, IdentitySealer sealer,
			Outbox outbox, DisclosureProperties properties, Clock clock) {
		this.store = store;
		this.audit = audit;
		this.vault = vault;
		this.sealer = sealer;
		this.outbox = outbox;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * A legal officer asks to read the identity of a case's reporter.
	 * @param officer who asks
	 * @param caseId the case
	 * @param reason why
	 * @return the pending request
	 */
	public Disclosure request(StaffUser officer, String caseId, String reason) {
		List<FieldError> errors = new ArrayList<>();
		if (caseId == null || caseId.isBlank()) {
			errors.add(new FieldError("caseId", "required", "caseId is required", "ต้องระบุเลขเรื่อง"));
		}
		reason(errors, "reason", reason);
		if (!errors.isEmpty()) {
			throw DisclosureException.invalid(errors);
		}
		if (!officer.has(StaffRole.LEGAL_OFFICER)) {
			// checked before the vault is looked at: others learn nothing about the case
			throw DisclosureException.forbidden("Only a legal officer may ask to disclose an identity",
					"เฉพาะนิติกรเท่านั้นที่ขอเปิดเผยตัวตนผู้แจ้งได้");
		}
		VaultEntry entry = this.vault.find(caseId)
			.filter(VaultEntry::identitySealed)
			.orElseThrow(() -> DisclosureException.missing("No sealed identity is kept for this case",
					"ไม่มีข้อมูลตัวตนผู้แจ้งที่เก็บไว้สำหรับเรื่องนี้"));
		Disclosure disclosure = Disclosure.request(UUID.randomUUID().toString(), caseId, entry.pseudonym(), officer,
				reason.strip(), now());
		this.store.insert(disclosure);
		this.audit.append(disclosure.id(), REQUESTED, officer.username(), disclosure.reason());
		log.info("Disclosure {} requested for {}", disclosure.id(), disclosure.pseudonym());
		return disclosure;
	}

	/**
	 * Requests in a state, for custodians.
	 * @param custodian who asks
	 * @param state the state
	 * @return the requests, oldest first
	 */
	public List<Disclosure> list(StaffUser custodian, DisclosureState state) {
		if (!custodian.hasAny(StaffRole.CUSTODIAN, StaffRole.AUDITOR)) {
			throw DisclosureException.forbidden("Only custodians and auditors see disclosure requests",
					"เฉพาะผู้ดูแลข้อมูลตัวตนและผู้ตรวจสอบเท่านั้นที่ดูคำขอเปิดเผยตัวตนได้");
		}
		return this.store.inState(state);
	}

	/**
	 * A custodian decides.
	 * @param custodian who decides
	 * @param id the request
	 * @param approve approve or deny
	 * @param reason why
	 * @param withholdNotice whether the reporter is not to be told
	 * @param legalBasis the legal basis for withholding
	 * @return the decided request
	 */
	public Disclosure decide(StaffUser custodian, String id, Boolean approve, String reason, boolean withholdNotice,
			String legalBasis) {
		List<FieldError> errors = new ArrayList<>();
		if (approve == null) {
			errors.add(new FieldError("approve", "required", "approve is required (true or false)",
					"ต้องระบุว่าอนุมัติหรือไม่ (true หรือ false)"));
		}
		reason(errors, "reason", reason);
		if (withholdNotice && Boolean.TRUE.equals(approve) && (legalBasis == null || legalBasis.isBlank())) {
			errors.add(new FieldError("legalBasis", "required",
					"legalBasis is required when the reporter is not to be told",
					"ต้องระบุฐานทางกฎหมายเมื่อไม่แจ้งให้ผู้แจ้งทราบ"));
		}
		if (!errors.isEmpty()) {
			throw DisclosureException.invalid(errors);
		}
		Disclosure pending = find(id);
		Instant now = now();
		Disclosure decided = pending.decide(custodian, approve, reason.strip(), withholdNotice,
				(legalBasis != null) ? legalBasis.strip() : null, now, this.properties.readWindow());
		OutboxEntry event = null;
		if (decided.state() == DisclosureState.APPROVED) {
			event = this.outbox.entry(EventType.IDENTITY_DISCLOSED, "disclosed-" + decided.id(), decided.caseId(), now,
					new IdentityDisclosed(decided.caseId(), decided.id(), now, !decided.withholdNotice()));
		}
		if (!this.store.decide(decided, event)) {
			throw DisclosureException.conflict("The request was already decided", "คำขอนี้ได้รับการพิจารณาแล้ว");
		}
		String detail = decided.decisionReason()
				+ (decided.withholdNotice() ? " | reporter not informed, legal basis: " + decided.legalBasis() : "");
		this.audit.append(decided.id(), (decided.state() == DisclosureState.APPROVED) ? APPROVED : DENIED,
				custodian.username(), detail);
		log.info("Disclosure {} for {} {}", decided.id(), decided.pseudonym(), decided.state());
		return decided;
	}

	/**
	 * The requesting officer reads the identity.
	 * @param officer who reads
	 * @param id the request
	 * @return the identity
	 */
	public Reporter identity(StaffUser officer, String id) {
		Disclosure disclosure = find(id);
		try {
			disclosure.checkRead(officer, now());
		}
		catch (DisclosureException ex) {
			this.audit.append(id, READ_REFUSED, officer.username(), ex.getMessage());
			log.warn("Disclosure {} for {}: read refused", id, disclosure.pseudonym());
			throw ex;
		}
		VaultEntry entry = this.vault.find(disclosure.caseId())
			.filter((found) -> found.sealedIdentity() != null)
			.orElseThrow(() -> DisclosureException.missing("No sealed identity is kept for this case",
					"ไม่มีข้อมูลตัวตนผู้แจ้งที่เก็บไว้สำหรับเรื่องนี้"));
		// recorded before anything is handed out
		this.audit.append(id, IDENTITY_READ, officer.username(), null);
		log.info("Disclosure {} read by its requester (report {})", id, disclosure.pseudonym());
		return this.sealer.open(disclosure.caseId(), entry.sealedIdentity()).reporter();
	}

	/**
	 * A request's audit trail, for auditors and custodians.
	 * @param reader who reads
	 * @param id the request
	 * @return the entries, oldest first
	 */
	public List<AuditEntry> audit(StaffUser reader, String id) {
		if (!reader.hasAny(StaffRole.AUDITOR, StaffRole.CUSTODIAN)) {
			throw DisclosureException.forbidden("Only auditors and custodians read the disclosure audit",
					"เฉพาะผู้ตรวจสอบและผู้ดูแลข้อมูลตัวตนเท่านั้นที่ดูบันทึกการเปิดเผยได้");
		}
		find(id);
		return this.audit.trail(id);
	}

	private Disclosure find(String id) {
		return this.store.find(id)
			.orElseThrow(() -> DisclosureException.missing("No such disclosure request", "ไม่พบคำขอเปิดเผยตัวตนนี้"));
	}

	private void reason(List<FieldError> errors, String field, String reason) {
		int min = this.properties.minReasonLength();
		if (reason == null || reason.isBlank()) {
			errors.add(new FieldError(field, "required", field + " is required", "ต้องระบุเหตุผล"));
		}
		else if (reason.strip().length() < min) {
			errors.add(new FieldError(field, "min-length", field + " must be at least " + min + " characters",
					"เหตุผลต้องยาวอย่างน้อย " + min + " ตัวอักษร"));
		}
	}

	private Instant now() {
		return this.clock.instant().truncatedTo(ChronoUnit.MILLIS);
	}

}
