package org.sujarit.anonymizer.evidence;

/**
 * An evidence file with its metadata removed, ready to be stored where staff can see it.
 *
 * @param fileName a name made up for it, such as {@code evidence-1.jpg}: never the name
 * the reporter's file had, which often holds their name or a phone's account
 * @param type what the content is, detected from the bytes
 * @param content the scrubbed bytes
 * @param declaredTypeMatched whether the content type the upload declared agrees with the
 * detected one (a mismatch is worth a look, it does not change what is stored)
 */
public record ScrubbedEvidence(String fileName, EvidenceType type, byte[] content, boolean declaredTypeMatched) {

	/**
	 * The media type to store and serve the content with.
	 * @return the detected content type
	 */
	public String contentType() {
		return this.type.contentType();
	}

	@Override
	public String toString() {
		// never the content: a record's default toString would print the bytes
		return "ScrubbedEvidence[" + this.fileName + ", " + this.type + ", " + this.content.length + " bytes]";
	}

}
