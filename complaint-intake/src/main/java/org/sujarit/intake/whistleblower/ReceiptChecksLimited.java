package org.sujarit.intake.whistleblower;

import java.net.URI;
import java.time.Duration;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/**
 * A receipt check refused by a limit: answered 429 with {@code Retry-After}, in English
 * and Thai. It says nothing about whether the receipt is right: the limits count what was
 * typed, never whether it led anywhere.
 */
public class ReceiptChecksLimited extends RuntimeException {

	private final Scope scope;

	private final long retryAfterSeconds;

	ReceiptChecksLimited(Scope scope, Duration retryAfter) {
		super("Receipt checks limited (" + scope + ")");
		this.scope = scope;
		this.retryAfterSeconds = Math.max(1, (retryAfter.toMillis() + 999) / 1000);
	}

	public Scope scope() {
		return this.scope;
	}

	public long retryAfterSeconds() {
		return this.retryAfterSeconds;
	}

	/**
	 * The answer.
	 * @return 429 problem+json with {@code Retry-After}
	 */
	public ResponseEntity<Object> toResponse() {
		long seconds = this.retryAfterSeconds;
		String detail = (this.scope == Scope.RECEIPT)
				? "This receipt was checked too often. Please wait " + seconds + " seconds and try again."
				: "There are too many receipt checks right now. Please wait " + seconds + " seconds and try again.";
		String detailTh = (this.scope == Scope.RECEIPT)
				? "มีการตรวจสอบรหัสรับแจ้งนี้บ่อยเกินไป กรุณารอ " + seconds + " วินาทีแล้วลองใหม่"
				: "ขณะนี้มีการตรวจสอบรหัสรับแจ้งจำนวนมาก กรุณารอ " + seconds + " วินาทีแล้วลองใหม่";
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS, detail);
		problem.setType(URI.create("urn:sujarit:problem:too-many-requests"));
		problem.setTitle("Too Many Requests");
		problem.setProperty("detailTh", detailTh);
		problem.setProperty("retryAfterSeconds", seconds);
		return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
			.header(HttpHeaders.RETRY_AFTER, String.valueOf(seconds))
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem);
	}

	/**
	 * Which limit refused the check.
	 */
	public enum Scope {

		/** All receipt checks of the service together. */
		GLOBAL,

		/** Checks of this one receipt. */
		RECEIPT

	}

}
