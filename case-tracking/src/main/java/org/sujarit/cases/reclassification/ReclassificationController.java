package org.sujarit.cases.reclassification;

import jakarta.validation.Valid;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.sujarit.cases.handling.CaseDetail;
import org.sujarit.platform.events.Category;
import org.sujarit.platform.runtime.staff.StaffUser;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Staff move a general complaint to the corruption track.
 */
@RestController
class ReclassificationController {

	private final Reclassification reclassification;

	ReclassificationController(Reclassification reclassification) {
		this.reclassification = reclassification;
	}

	@PostMapping("/api/v1/cases/{caseId}/reclassify")
	CaseDetail reclassify(@PathVariable String caseId, @RequestBody @Valid ReclassifyRequest request, StaffUser staff) {
		return this.reclassification.reclassify(staff, caseId, request.category(), request.reason(), request.version());
	}

	/**
	 * Moving a complaint to the corruption track.
	 *
	 * @param category the corruption category
	 * @param reason why, for the audit trail (internal)
	 * @param version the version the staff member saw, optional
	 */
	record ReclassifyRequest(Category category, @Size(max = 2000) String reason, @PositiveOrZero Long version) {
	}

}
