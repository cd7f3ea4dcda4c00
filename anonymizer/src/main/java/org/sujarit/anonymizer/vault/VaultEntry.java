package org.sujarit.anonymizer.vault;

import java.util.List;

/**
 * One report's vault document as read back, without opening anything.
 *
 * @param submissionId the submission (case) id
 * @param pseudonym the alias staff see
 * @param identitySealed whether an identity is sealed
 * @param sealedIdentity base64 ciphertext of the {@link Custody}, null when nothing is
 * kept
 * @param followUps ids of the follow-ups already handled
 */
public record VaultEntry(String submissionId, String pseudonym, boolean identitySealed, String sealedIdentity,
		List<String> followUps) {

	/**
	 * Whether a follow-up was handled before.
	 * @param followUpId the follow-up id
	 * @return true when it was
	 */
	public boolean handled(String followUpId) {
		return this.followUps.contains(followUpId);
	}

}
