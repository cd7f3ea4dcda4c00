package org.sujarit.anonymizer.intake;

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

	private final SealedPayload payload;

	public SealedReportOpener(HybridDecrypt decrypt, EventCodec codec) {
		this.payload = new SealedPayload(decrypt, codec, "report");
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
		SealedReport report = this.payload.open(event, sealed.ciphertext(),
				SealingContext.report(sealed.submissionId()), SealedReport.class);
		if (!sealed.submissionId().equals(report.submissionId())) {
			throw unreadable(event, "holds a report sealed for another submission");
		}
		if (report.category() == null || report.narrative() == null || report.receivedAt() == null) {
			throw unreadable(event, "holds a report without category, narrative or receipt time");
		}
		return report;
	}

	private UnreadableEventException unreadable(ReceivedEvent<?> event, String reason) {
		return this.payload.unreadable(event, reason);
	}

}
