package org.sujarit.anonymizer.disclosure;

import java.util.List;

import org.sujarit.platform.runtime.web.FieldError;
import org.sujarit.platform.runtime.web.ProblemException;

import org.springframework.http.HttpStatus;

/**
 * A disclosure the rules refuse, answered as a problem in English and Thai. Messages
 * never carry an identity, a reason's text or a case's content.
 */
public class DisclosureException extends ProblemException {

	DisclosureException(HttpStatus status, String code, String message, String messageTh, List<FieldError> errors) {
		super(status, code, message, messageTh, errors);
	}

	static DisclosureException forbidden(String message, String messageTh) {
		return new DisclosureException(HttpStatus.FORBIDDEN, "disclosure-forbidden", message, messageTh, List.of());
	}

	static DisclosureException conflict(String message, String messageTh) {
		return new DisclosureException(HttpStatus.CONFLICT, "disclosure-decided", message, messageTh, List.of());
	}

	static DisclosureException missing(String message, String messageTh) {
		return new DisclosureException(HttpStatus.NOT_FOUND, "not-found", message, messageTh, List.of());
	}

	static DisclosureException invalid(List<FieldError> errors) {
		return new DisclosureException(HttpStatus.BAD_REQUEST, "invalid-request", "The request has invalid fields",
				"ข้อมูลในคำขอไม่ถูกต้อง", errors);
	}

}
