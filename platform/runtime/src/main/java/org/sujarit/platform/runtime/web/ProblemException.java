package org.sujarit.platform.runtime.web;

import java.util.List;

import org.springframework.http.HttpStatus;

/**
 * A request the service refuses for a reason the caller can act on. Answered as an RFC
 * 9457 problem. Messages are shown to callers and logged: never put personal data in
 * them.
 */
public class ProblemException extends RuntimeException {

	private final HttpStatus status;

	private final String code;

	private final String messageTh;

	private final List<FieldError> errors;

	/**
	 * Creates a problem.
	 * @param status the HTTP status
	 * @param code short machine-readable code, becomes the problem type
	 * {@code urn:sujarit:problem:<code>}
	 * @param message what went wrong, in English
	 * @param messageTh what went wrong, in Thai
	 * @param errors bad fields, may be empty
	 */
	public ProblemException(HttpStatus status, String code, String message, String messageTh, List<FieldError> errors) {
		super(message);
		this.status = status;
		this.code = code;
		this.messageTh = messageTh;
		this.errors = List.copyOf(errors);
	}

	public static ProblemException notFound(String what, String whatTh) {
		return new ProblemException(HttpStatus.NOT_FOUND, "not-found", what + " was not found", "ไม่พบ" + whatTh,
				List.of());
	}

	public HttpStatus status() {
		return this.status;
	}

	public String code() {
		return this.code;
	}

	public String messageTh() {
		return this.messageTh;
	}

	public List<FieldError> errors() {
		return this.errors;
	}

}
