package org.sujarit.anonymizer.redaction;

/**
 * A stretch of the narrative to replace.
 *
 * @param start first index, inclusive
 * @param end last index, exclusive
 * @param placeholder what replaces it
 */
record Span(int start, int end, Placeholder placeholder) {

	int length() {
		return this.end - this.start;
	}

}
