package org.sujarit.anonymizer.intake;

import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.Base64;

import com.google.crypto.tink.HybridDecrypt;
import org.sujarit.platform.events.EventCodec;
import org.sujarit.platform.events.ReceivedEvent;
import org.sujarit.platform.events.SealedReport;
import org.sujarit.platform.events.UnreadableEventException;
import org.sujarit.platform.events.WhistleblowerReportSealed;
import org.sujarit.platform.runtime.keys.SealingContext;

import org.springframework.stereotype.Component;

/**
 * Opens the reports intake sealed for the anonymizer.
 * <p>
 * A report that does not open will never open, so it is refused as unreadable and goes to
 * the dead-letter topic without retries. The refusal names only the event id: its message
 * reaches logs and dead-letter headers, and the ciphertext's content must reach neither.
 */
@Component
public class SealedReportOpener {

	private final HybridDecrypt decrypt;

	private final EventCodec codec;

	public SealedReportOpener(HybridDecrypt decrypt, EventCodec codec) {
		this.decrypt = decrypt;
		this.codec = codec;
	}

	/**
	 * Opens one sealed report.
	 * @param event the sealed report event
	 * @return the report, sealed for the submission the event names and complete
	 * @throws UnreadableEventException when the event does not hold such a report
	 */
	public SealedReport open(ReceivedEvent<WhistleblowerReportSealed> event) {
		WhistleblowerReportSealed sealed = event.data();
		if (sealed.submissionId() == null || sealed.submissionId().isBlank() || sealed.ciphertext() == null) {
			throw unreadable(event, "names no submission or carries no ciphertext");
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
			// the submission id is the context info: a ciphertext moved under another id
			// does not open
			plaintext = this.decrypt.decrypt(ciphertext, SealingContext.report(sealed.submissionId()));
		}
		catch (GeneralSecurityException | RuntimeException ex) {
			throw unreadable(event, "does not open with the anonymizer's sealing key");
		}
		SealedReport report;
		try {
			report = this.codec.fromJson(plaintext, SealedReport.class);
		}
		catch (UnreadableEventException ex) {
			throw unreadable(event, "does not hold a sealed report");
		}
		finally {
			Arrays.fill(plaintext, (byte) 0);
		}
		if (!sealed.submissionId().equals(report.submissionId())) {
			throw unreadable(event, "holds a report sealed for another submission");
		}
		if (report.category() == null || report.narrative() == null || report.receivedAt() == null) {
			throw unreadable(event, "holds a report without category, narrative or receipt time");
		}
		return report;
	}

	private static UnreadableEventException unreadable(ReceivedEvent<?> event, String reason) {
		return new UnreadableEventException("Sealed report event " + event.id() + " " + reason);
	}

}
