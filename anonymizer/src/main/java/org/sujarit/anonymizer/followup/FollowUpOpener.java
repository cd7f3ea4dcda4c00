package org.sujarit.anonymizer.followup;

import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.Base64;

import com.google.crypto.tink.HybridDecrypt;
import org.sujarit.platform.events.EventCodec;
import org.sujarit.platform.events.FollowUpSealed;
import org.sujarit.platform.events.ReceivedEvent;
import org.sujarit.platform.events.SealedFollowUp;
import org.sujarit.platform.events.UnreadableEventException;
import org.sujarit.platform.runtime.keys.SealingContext;

import org.springframework.stereotype.Component;

/**
 * Opens follow-ups sealed for the anonymizer, with the same private keyset as reports and
 * the context {@link SealingContext#followUp(String, String)}. Like a report, a follow-up
 * that does not open never will: it is refused as unreadable (dead-lettered, not retried)
 * and the refusal names only the event id.
 */
@Component
public class FollowUpOpener {

	private final HybridDecrypt decrypt;

	private final EventCodec codec;

	public FollowUpOpener(HybridDecrypt decrypt, EventCodec codec) {
		this.decrypt = decrypt;
		this.codec = codec;
	}

	/**
	 * Opens one sealed follow-up.
	 * @param event the event
	 * @return the follow-up, sealed for the submission and follow-up ids the event names
	 * @throws UnreadableEventException when the event does not hold such a follow-up
	 */
	public SealedFollowUp open(ReceivedEvent<FollowUpSealed> event) {
		FollowUpSealed sealed = event.data();
		if (blank(sealed.submissionId()) || blank(sealed.followUpId()) || sealed.ciphertext() == null
				|| sealed.submissionId().indexOf(':') >= 0 || sealed.followUpId().indexOf(':') >= 0) {
			throw unreadable(event, "names no submission or follow-up or carries no ciphertext");
		}
		byte[] ciphertext;
		try {
			ciphertext = Base64.getDecoder().decode(sealed.ciphertext());
		}
		catch (IllegalArgumentException ex) {
			throw unreadable(event, "carries a ciphertext that is not base64");
		}
		byte[] plaintext;
		try {
			plaintext = this.decrypt.decrypt(ciphertext,
					SealingContext.followUp(sealed.submissionId(), sealed.followUpId()));
		}
		catch (GeneralSecurityException | RuntimeException ex) {
			throw unreadable(event, "does not open with the anonymizer's sealing key");
		}
		SealedFollowUp followUp;
		try {
			followUp = this.codec.fromJson(plaintext, SealedFollowUp.class);
		}
		catch (UnreadableEventException ex) {
			throw unreadable(event, "does not hold a sealed follow-up");
		}
		finally {
			Arrays.fill(plaintext, (byte) 0);
		}
		if (!sealed.submissionId().equals(followUp.submissionId())
				|| !sealed.followUpId().equals(followUp.followUpId())) {
			throw unreadable(event, "holds a follow-up sealed for another submission or follow-up");
		}
		if (followUp.kind() == null || followUp.sentAt() == null) {
			throw unreadable(event, "holds a follow-up without kind or time");
		}
		return followUp;
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

	private static UnreadableEventException unreadable(ReceivedEvent<?> event, String reason) {
		return new UnreadableEventException("Sealed follow-up event " + event.id() + " " + reason);
	}

}
