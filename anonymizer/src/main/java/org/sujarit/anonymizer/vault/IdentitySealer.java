package org.sujarit.anonymizer.vault;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import org.sujarit.platform.events.EventCodec;
import org.sujarit.platform.events.Reporter;

import org.springframework.stereotype.Component;

/**
 * Seals reporter identities with the vault key, and opens them for the few callers that
 * need one: redacting a follow-up message, sending a content-free ping, and the
 * two-person disclosure. Handling a report never opens anything.
 * <p>
 * The plaintext is the reporter's JSON with an {@code updatePings} member added, so an
 * identity sealed before pings existed opens the same way (without pings).
 */
@Component
public class IdentitySealer {

	private static final String UPDATE_PINGS = "updatePings";

	private final VaultKey key;

	private final EventCodec codec;

	public IdentitySealer(VaultKey key, EventCodec codec) {
		this.key = key;
		this.codec = codec;
	}

	/**
	 * Seals one identity, without update pings.
	 * @param submissionId the submission the identity belongs to, bound as associated
	 * data
	 * @param reporter the identity
	 * @return the sealed identity
	 */
	public SealedIdentity seal(String submissionId, Reporter reporter) {
		return seal(submissionId, new Custody(reporter, false));
	}

	/**
	 * Seals an identity with the reporter's ping choice.
	 * @param submissionId the submission the identity belongs to, bound as associated
	 * data
	 * @param custody the identity and ping choice
	 * @return the sealed identity
	 */
	@SuppressWarnings("unchecked")
	public SealedIdentity seal(String submissionId, Custody custody) {
		byte[] reporterJson = this.codec.toJson(custody.reporter());
		Map<String, Object> members = new LinkedHashMap<>(this.codec.fromJson(reporterJson, Map.class));
		Arrays.fill(reporterJson, (byte) 0);
		members.put(UPDATE_PINGS, custody.updatePings());
		byte[] plaintext = this.codec.toJson(members);
		members.clear();
		try {
			byte[] ciphertext = this.key.aead().encrypt(plaintext, ad(submissionId));
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

	/**
	 * Opens a sealed identity.
	 * @param submissionId the submission it was sealed for
	 * @param ciphertext the base64 ciphertext from the vault
	 * @return the identity and ping choice
	 * @throws IllegalStateException when it does not open (wrong key or submission)
	 */
	public Custody open(String submissionId, String ciphertext) {
		byte[] plaintext;
		try {
			plaintext = this.key.aead().decrypt(Base64.getDecoder().decode(ciphertext), ad(submissionId));
		}
		catch (GeneralSecurityException | IllegalArgumentException ex) {
			throw new IllegalStateException("The sealed identity of submission " + submissionId + " does not open");
		}
		try {
			Reporter reporter = this.codec.fromJson(plaintext, Reporter.class);
			Pings pings = this.codec.fromJson(plaintext, Pings.class);
			return new Custody(reporter, pings.updatePings() != null && pings.updatePings());
		}
		finally {
			Arrays.fill(plaintext, (byte) 0);
		}
	}

	private static byte[] ad(String submissionId) {
		return submissionId.getBytes(StandardCharsets.UTF_8);
	}

	record Pings(Boolean updatePings) {
	}

}
