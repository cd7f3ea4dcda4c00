package org.sujarit.cases.whistleblower;

import org.sujarit.platform.runtime.staff.StaffUser;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Downloads a case's evidence file, for whoever may read the case.
 */
@RestController
class EvidenceController {

	private final CaseEvidence evidence;

	EvidenceController(CaseEvidence evidence) {
		this.evidence = evidence;
	}

	@GetMapping("/api/v1/cases/{caseId}/evidence/{evidenceId}")
	ResponseEntity<byte[]> download(@PathVariable String caseId, @PathVariable String evidenceId, StaffUser staff) {
		return this.evidence.file(staff, caseId, evidenceId).download();
	}

}
