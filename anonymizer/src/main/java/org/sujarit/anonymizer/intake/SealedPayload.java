package org.sujarit.anonymizer.intake;

import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.Base64;

import com.google.crypto.tink.HybridDecrypt;
import org.sujarit.platform.events.EventCodec;
import org.sujarit.platform.events.ReceivedEvent;
import org.sujarit.platform.events.UnreadableEventException;

/**
 * Opens what intake (or case-tracking) sealed for the anonymizer: base64, then HPKE with
 * the anonymizer's private keyset and the context the sealer bound, then JSON. The
 * plaintext bytes are wiped once read. Whatever does not open never will, so every
 * failure is an {@link UnreadableEventException} (dead-lettered, not retried) whose
 * message names the event id and the reason only, never the content.
 */
public final class SealedPayload {

	private final HybridDecrypt decrypt;

	private final EventCodec codec;

	private final String what;

	/**
	 * Creates an opener for one kind of sealed payload.
	 * @param decrypt the anonymizer's private keyset
	 * @param codec the event codec, whose JSON mapper sealers use
	 * @param what the payload's name in refusals, such as {@code report}
	 */
	public SealedPayload(HybridDecrypt decrypt, EventCodec codec, String what) {
		this.decrypt = decrypt;
		this.codec = codec;
		this.what = what;
	}

	/**
	 * Opens one payload.
	 * @param <T> the plaintext record
	 * @param event the event carrying it, for refusals
	 * @param ciphertext the base64 ciphertext
	 * @param context the HPKE context info it was sealed with
	 * @param type the plaintext record
	 * @return the plaintext
	 * @throws UnreadableEventException when it does not open or does not hold a
	 * {@code type}
	 */
	public <T> T open(ReceivedEvent<?> event, String ciphertext, byte[] context, Class<T> type) {
		byte[] bytes;
		try {
			bytes = Base64.getDecoder().decode(ciphertext);
		}
		catch (IllegalArgumentException ex) {
			throw unreadable(event, "carries a ciphertext that is not base64");
		}
		byte[] plaintext;
		try {
			plaintext = this.decrypt.decrypt(bytes, context);
		}
		catch (GeneralSecurityException | RuntimeException ex) {
			throw unreadable(event, "does not open with the anonymizer's sealing key");
		}
		try {
			return this.codec.fromJson(plaintext, type);
		}
		catch (UnreadableEventException ex) {
			throw unreadable(event, "does not hold a sealed " + this.what);
		}
		finally {
			Arrays.fill(plaintext, (byte) 0);
		}
	}

	/**
	 * A refusal naming the event and the reason only.
	 * @param event the event
	 * @param reason why, without any content
	 * @return the exception to throw
	 */
	public UnreadableEventException unreadable(ReceivedEvent<?> event, String reason) {
		return new UnreadableEventException("Sealed " + this.what + " event " + event.id() + " " + reason);
	}

}
