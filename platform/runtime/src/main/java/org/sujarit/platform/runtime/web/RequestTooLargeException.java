package org.sujarit.platform.runtime.web;

import java.io.IOException;

/**
 * A request body over the configured limit ({@code sujarit.platform.max-request-body}).
 */
public class RequestTooLargeException extends IOException {

	private final long limit;

	public RequestTooLargeException(long limit) {
		super("Request body is larger than " + limit + " bytes");
		this.limit = limit;
	}

	public long limit() {
		return this.limit;
	}

}
