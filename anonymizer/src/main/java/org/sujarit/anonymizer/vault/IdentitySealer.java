package org.sujarit.anonymizer.vault;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.Base64;

import org.sujarit.platform.events.EventCodec;
import org.sujarit.platform.events.Reporter;

import org.springframework.stereotype.Component;

/**
 * Seals reporter identities with the vault key. Nothing here opens them again: revealing
 * an identity is a deliberate, recorded act of its own, never part of handling a report.
 */
@Component
public class IdentitySealer {

	private final VaultKey key;

	private final EventCodec codec;

	public IdentitySealer(VaultKey key, EventCodec codec) {
		this.key = key;
		this.codec = codec;
	}

	/**
	 * Seals one identity.
	 * @param submissionId the submission the identity belongs to, bound as associated
	 * data
	 * @param reporter the identity
	 * @return the sealed identity
	 */
	public SealedIdentity seal(String submissionId, Reporter reporter) {
		byte[] plaintext = this.codec.toJson(reporter);
		try {
			byte[] ciphertext = this.key.aead().encrypt(plaintext, submissionId.getBytes(StandardCharsets.UTF_8));
			return new SealedIdentity(Base64.getEncoder().encodeToString(ciphertext), this.key.keyId());
		}
		catch (GeneralSecurityException ex) {
			// the cause names only the primitive's failure, never the plaintext
			throw new IllegalStateException("Could not seal the identity of submission " + submissionId, ex);
		}
		finally {
			Arrays.fill(plaintext, (byte) 0);
		}
	}

}
