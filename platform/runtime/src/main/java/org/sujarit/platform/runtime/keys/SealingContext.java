package org.sujarit.platform.runtime.keys;

import java.nio.charset.StandardCharsets;

/**
 * The HPKE context info that binds a sealed whistleblower message to what it belongs to.
 * Whoever seals (complaint-intake, case-tracking) and the anonymizer, which opens, take
 * it from here, so both sides always build the same bytes.
 * <p>
 * A report is bound to its submission id alone (UTF-8), as it has been since the channel
 * opened. A follow-up is bound to {@code submissionId + ":" + followUpId} (UTF-8), the
 * convention complaint-intake shipped with. Ids may not contain a colon (intake's
 * {@code WB-}/{@code FU-} ids and case-tracking's {@code SJ-} codes never do), so no two
 * (submission, follow-up) pairs share a context, and no follow-up context equals a
 * report's: no follow-up ciphertext opens as a report or under another submission or
 * follow-up. docs/security/encryption-protocol.md describes the convention.
 */
public final class SealingContext {

	private static final char SEPARATOR = ':';

	private SealingContext() {
	}

	/**
	 * The context info of a sealed report.
	 * @param submissionId the submission id
	 * @return the UTF-8 bytes of the submission id
	 */
	public static byte[] report(String submissionId) {
		return id(submissionId, "submissionId").getBytes(StandardCharsets.UTF_8);
	}

	/**
	 * The context info of a sealed follow-up.
	 * @param submissionId the submission (case) the follow-up belongs to
	 * @param followUpId the follow-up's id
	 * @return {@code submissionId:followUpId}, UTF-8
	 */
	public static byte[] followUp(String submissionId, String followUpId) {
		String context = id(submissionId, "submissionId") + SEPARATOR + id(followUpId, "followUpId");
		return context.getBytes(StandardCharsets.UTF_8);
	}

	private static String id(String value, String name) {
		if (value == null || value.isEmpty() || value.indexOf(SEPARATOR) >= 0) {
			throw new IllegalArgumentException(name + " must be a non-empty id without a colon");
		}
		return value;
	}

}
