package org.sujarit.cases.sla;

import java.time.LocalDate;

import org.sujarit.platform.runtime.staff.StaffUser;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Staff extend a case's due date, with an explanation for the complainant.
 */
@RestController
class ExtensionController {

	private final SlaExtension extension;

	ExtensionController(SlaExtension extension) {
		this.extension = extension;
	}

	@PostMapping("/api/v1/cases/{caseId}/extension")
	SlaExtension.Extended extend(@PathVariable String caseId, @RequestBody ExtensionRequest request, StaffUser staff) {
		return this.extension.extend(caseId, request.newDueDate(), request.explanation(), request.version(), staff);
	}

	/**
	 * The body of an extension.
	 *
	 * @param newDueDate the new due day (ISO date, in the municipality's zone)
	 * @param explanation why more time is needed; sent to the complainant
	 * @param version the case version the staff member saw, optional
	 */
	record ExtensionRequest(LocalDate newDueDate, String explanation, Long version) {
	}

}
