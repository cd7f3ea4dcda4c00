package org.sujarit.cases.handling;

import java.net.URI;
import java.util.List;
import java.util.Locale;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.sujarit.cases.casefile.HistoryEntry;
import org.sujarit.cases.lifecycle.CaseAction;
import org.sujarit.platform.runtime.staff.StaffUser;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A case for staff: its detail, audit trail and the actions that move it on. What each
 * staff member may do is checked by {@link CaseHandling}.
 */
@RestController
@RequestMapping("/api/v1/cases/{caseId}")
class CaseController {

	private final CaseHandling handling;

	CaseController(CaseHandling handling) {
		this.handling = handling;
	}

	@GetMapping
	CaseDetail detail(@PathVariable String caseId, StaffUser staff) {
		return this.handling.find(staff, caseId);
	}

	@GetMapping("/audit")
	List<HistoryEntry> audit(@PathVariable String caseId, StaffUser staff) {
		return this.handling.audit(staff, caseId);
	}

	@PostMapping("/{action:acknowledge|start|await-complainant|resume|resolve|close|reject|refer|reopen}")
	CaseDetail act(@PathVariable String caseId, @PathVariable String action,
			@RequestBody(required = false) @Valid ActionRequest request, StaffUser staff) {
		CaseAction parsed = CaseAction.valueOf(action.toUpperCase(Locale.ROOT).replace('-', '_'));
		return this.handling.act(staff, caseId, parsed, request);
	}

	@PostMapping("/notes")
	CaseDetail note(@PathVariable String caseId, @RequestBody @Valid NoteRequest request, StaffUser staff) {
		return this.handling.note(staff, caseId, request.text());
	}

	@PostMapping("/messages")
	CaseDetail message(@PathVariable String caseId, @RequestBody @Valid MessageRequest request, StaffUser staff) {
		return this.handling.message(staff, caseId, request.message(), request.version());
	}

	@PostMapping("/claim")
	CaseDetail claim(@PathVariable String caseId, StaffUser staff) {
		return this.handling.claim(staff, caseId);
	}

	@PostMapping("/assign")
	CaseDetail assign(@PathVariable String caseId, @RequestBody @Valid AssignRequest request, StaffUser staff) {
		return this.handling.assign(staff, caseId, request.assignee(), request.version());
	}

	@PostMapping("/reassign")
	CaseDetail reassign(@PathVariable String caseId, @RequestBody @Valid ReassignRequest request, StaffUser staff) {
		return this.handling.reassign(staff, caseId, request.unit(), request.reason(), request.version());
	}

	@ExceptionHandler(CaseConflictException.class)
	ResponseEntity<ProblemDetail> conflict(CaseConflictException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, ex.getMessage());
		problem.setType(URI.create("urn:sujarit:problem:" + ex.code()));
		problem.setTitle(HttpStatus.CONFLICT.getReasonPhrase());
		problem.setProperty("detailTh", ex.messageTh());
		problem.setProperty("currentStatus", ex.currentStatus());
		problem.setProperty("currentVersion", ex.currentVersion());
		problem.setProperty("allowedActions", ex.allowedActions());
		return ResponseEntity.status(HttpStatus.CONFLICT).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	/**
	 * An internal note.
	 *
	 * @param text the note, never published
	 */
	record NoteRequest(@NotBlank @Size(max = 4000) String text) {
	}

	/**
	 * A public message to the complainant or reporter.
	 *
	 * @param message the message
	 * @param version the version the staff member saw, optional
	 */
	record MessageRequest(@NotBlank @Size(max = 4000) String message, @PositiveOrZero Long version) {
	}

	/**
	 * Giving a case to an officer.
	 *
	 * @param assignee the officer's user name
	 * @param version the version the staff member saw, optional
	 */
	record AssignRequest(@NotBlank @Size(max = 100) String assignee, @PositiveOrZero Long version) {
	}

	/**
	 * Sending a case to another unit.
	 *
	 * @param unit the unit code
	 * @param reason why, for the audit trail
	 * @param version the version the staff member saw, optional
	 */
	record ReassignRequest(@NotBlank String unit, @NotBlank @Size(max = 2000) String reason,
			@PositiveOrZero Long version) {
	}

}
