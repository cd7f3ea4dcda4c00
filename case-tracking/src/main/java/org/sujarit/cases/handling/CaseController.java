package org.sujarit.cases.handling;

import java.net.URI;
import java.security.Principal;

import jakarta.validation.Valid;
import org.sujarit.cases.lifecycle.CaseAction;

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
 * A case for staff: its detail and history, and the actions that move it on.
 */
@RestController
@RequestMapping("/api/v1/cases/{caseId}")
class CaseController {

	private final CaseHandling handling;

	CaseController(CaseHandling handling) {
		this.handling = handling;
	}

	@GetMapping
	CaseDetail detail(@PathVariable String caseId) {
		return this.handling.find(caseId);
	}

	@PostMapping("/acknowledge")
	CaseDetail acknowledge(@PathVariable String caseId, @RequestBody(required = false) @Valid TransitionRequest request,
			Principal staff) {
		return act(caseId, CaseAction.ACKNOWLEDGE, request, staff);
	}

	@PostMapping("/start")
	CaseDetail start(@PathVariable String caseId, @RequestBody(required = false) @Valid TransitionRequest request,
			Principal staff) {
		return act(caseId, CaseAction.START, request, staff);
	}

	@PostMapping("/resolve")
	CaseDetail resolve(@PathVariable String caseId, @RequestBody @Valid ResolveRequest request, Principal staff) {
		return this.handling.act(caseId, CaseAction.RESOLVE, request.version(), request.message(), staff.getName());
	}

	@PostMapping("/close")
	CaseDetail close(@PathVariable String caseId, @RequestBody(required = false) @Valid TransitionRequest request,
			Principal staff) {
		return act(caseId, CaseAction.CLOSE, request, staff);
	}

	private CaseDetail act(String caseId, CaseAction action, TransitionRequest request, Principal staff) {
		TransitionRequest body = (request != null) ? request : TransitionRequest.NONE;
		return this.handling.act(caseId, action, body.version(), blankToNull(body.note()), staff.getName());
	}

	@ExceptionHandler(CaseConflictException.class)
	ResponseEntity<ProblemDetail> conflict(CaseConflictException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, ex.getMessage());
		problem.setType(URI.create("urn:sujarit:problem:" + ex.code()));
		problem.setTitle(HttpStatus.CONFLICT.getReasonPhrase());
		problem.setProperty("detailTh", ex.messageTh());
		problem.setProperty("currentStatus", ex.currentStatus());
		problem.setProperty("currentVersion", ex.currentVersion());
		return ResponseEntity.status(HttpStatus.CONFLICT).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	private static String blankToNull(String value) {
		return (value != null && !value.isBlank()) ? value : null;
	}

}
