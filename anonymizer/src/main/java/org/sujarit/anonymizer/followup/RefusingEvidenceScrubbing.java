package org.sujarit.anonymizer.followup;

/**
 * The stand-in until the metadata scrubber is wired in: refuses every file, so that no
 * file leaves the anonymizer with its metadata. The original stays sealed in the vault.
 */
public class RefusingEvidenceScrubbing implements EvidenceScrubbing {

	/** The refusal code. */
	public static final String REASON = "scrubber-unavailable";

	@Override
	public Result scrub(byte[] content, String declaredType) {
		return Result.refused(REASON);
	}

}
