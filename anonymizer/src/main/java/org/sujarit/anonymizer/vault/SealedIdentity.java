package org.sujarit.anonymizer.vault;

/**
 * A reporter's identity as the vault keeps it: AEAD-encrypted, bound to its submission.
 *
 * @param ciphertext base64 of the vault AEAD's ciphertext of the reporter's JSON, with
 * the submission id as associated data, so a sealed identity cannot be moved to another
 * report
 * @param keyId the vault key that sealed it
 */
public record SealedIdentity(String ciphertext, long keyId) {
}
