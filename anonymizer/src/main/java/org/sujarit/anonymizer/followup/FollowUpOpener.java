package org.sujarit.anonymizer.followup;

import com.google.crypto.tink.HybridDecrypt;
import org.sujarit.anonymizer.intake.SealedPayload;
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

	private final SealedPayload payload;

	public FollowUpOpener(HybridDecrypt decrypt, EventCodec codec) {
		this.payload = new SealedPayload(decrypt, codec, "follow-up");
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
		SealedFollowUp followUp = this.payload.open(event, sealed.ciphertext(),
				SealingContext.followUp(sealed.submissionId(), sealed.followUpId()), SealedFollowUp.class);
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

	private UnreadableEventException unreadable(ReceivedEvent<?> event, String reason) {
		return this.payload.unreadable(event, reason);
	}

}
