package org.sujarit.anonymizer.disclosure;

import java.util.List;

import org.sujarit.platform.events.Reporter;
import org.sujarit.platform.runtime.staff.StaffUser;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The staff API of the two-person disclosure procedure. Who may do what is decided in
 * {@link DisclosureService} and {@link Disclosure}; every answer is marked not to be
 * cached, the identity above all.
 */
@RestController
@RequestMapping("/api/v1/disclosures")
public class DisclosureController {

	private final DisclosureService service;

	public DisclosureController(DisclosureService service) {
		this.service = service;
	}

	@PostMapping
	ResponseEntity<Disclosure> request(StaffUser user, @RequestBody NewRequest body) {
		return ResponseEntity.status(HttpStatus.CREATED)
			.cacheControl(CacheControl.noStore())
			.body(this.service.request(user, body.caseId(), body.reason()));
	}

	@GetMapping
	ResponseEntity<List<Disclosure>> list(StaffUser user,
			@RequestParam(name = "state", defaultValue = "PENDING") DisclosureState state) {
		return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(this.service.list(user, state));
	}

	@PostMapping("/{id}/decision")
	ResponseEntity<Disclosure> decide(StaffUser user, @PathVariable String id, @RequestBody Decision body) {
		return ResponseEntity.ok()
			.cacheControl(CacheControl.noStore())
			.body(this.service.decide(user, id, body.approve(), body.reason(),
					Boolean.TRUE.equals(body.withholdNotice()), body.legalBasis()));
	}

	@GetMapping("/{id}/identity")
	ResponseEntity<Reporter> identity(StaffUser user, @PathVariable String id) {
		return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(this.service.identity(user, id));
	}

	@GetMapping("/{id}/audit")
	ResponseEntity<Audit> audit(StaffUser user, @PathVariable String id) {
		List<AuditEntry> entries = this.service.audit(user, id);
		return ResponseEntity.ok()
			.cacheControl(CacheControl.noStore())
			.body(new Audit(id, AuditTrail.verify(entries), entries));
	}

	/**
	 * A legal officer's request.
	 *
	 * @param caseId the case whose reporter is asked for
	 * @param reason why, written out
	 */
	record NewRequest(String caseId, String reason) {
	}

	/**
	 * A custodian's decision.
	 *
	 * @param approve approve or deny
	 * @param reason why
	 * @param withholdNotice true to keep the reporter uninformed (needs a legal basis)
	 * @param legalBasis the legal basis for withholding
	 */
	record Decision(Boolean approve, String reason, Boolean withholdNotice, String legalBasis) {
	}

	/**
	 * A request's audit trail.
	 *
	 * @param requestId the request
	 * @param intact whether the hash chain holds
	 * @param entries the entries, oldest first
	 */
	record Audit(String requestId, boolean intact, List<AuditEntry> entries) {
	}

}
